// Tiny DOM helpers: elements are built node by node, text set as text (the CSP forbids inline code anyway).

let counter = 0;
/** A fresh id for a label's `for`. */
export const uid = (prefix = 'f') => `${prefix}-${++counter}`;

/**
 * h('input', { id, class: 'x', value: 'v', onInput: fn }, ...children)
 * `value`, `checked` and `selected` are set as properties after the children (so a select's
 * value finds its options); `dataset` takes an object; `on…` adds a listener.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  const late = {};
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'value' || key === 'checked' || key === 'selected') late[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  Object.assign(el, late);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Text only visible to screen readers. */
export const srOnly = (text) => h('span', { class: 'sr-only' }, text);

/** Grow a textarea with its content where CSS `field-sizing` is not supported. */
const fieldSizing = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content');
export function autoGrow(textarea) {
  if (fieldSizing) return;
  const fit = () => { textarea.style.height = 'auto'; textarea.style.height = `${textarea.scrollHeight + 2}px`; };
  textarea.addEventListener('input', fit);
  requestAnimationFrame(fit);
}

/** A file name safe everywhere: no diacritics, no separators. */
export function safeFileName(text) {
  return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'van-ban';
}

/** Download bytes as a file through a Blob URL and an <a download>. */
export function downloadBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, class: 'sr-only' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
