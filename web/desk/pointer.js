// JSON pointers (RFC 6901): the address of every value the desk edits and of every problem.

export function parse(pointer) {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function format(tokens) {
  return tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** `join('/signers', 0, 'name')` → `/signers/0/name`. */
export const join = (base, ...tokens) => base + format(tokens);

/** The value at `pointer`, or undefined. */
export function get(doc, pointer) {
  let value = doc;
  for (const token of parse(pointer)) {
    if (value == null || typeof value !== 'object') return undefined;
    value = Array.isArray(value) ? value[Number(token)] : (Object.hasOwn(value, token) ? value[token] : undefined);
  }
  return value;
}

/** Whether `ancestor` is `pointer` or one of its parents. */
export function contains(ancestor, pointer) {
  return pointer === ancestor || pointer.startsWith(ancestor + '/') || ancestor === '';
}

export const parent = (pointer) => pointer.slice(0, pointer.lastIndexOf('/'));
export const last = (pointer) => parse(pointer).at(-1);
