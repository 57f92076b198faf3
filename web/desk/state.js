// The document being edited: exactly the JSON of the model (docs/model.md), members the desk does
// not know kept as they came. Every edit goes through here, addressed by JSON pointer; listeners
// hear `change` with { pointer, structural, focus }. Undo keeps snapshots of the whole document.

import { parse, get } from './pointer.js';

/** Where a new key goes among its siblings, so a downloaded JSON reads in the model's order. */
const ORDER = {
  top: ['$comment', 'profile', 'type', 'issuer', 'issuedBy', 'number', 'place', 'date', 'created', 'title', 'subject',
    'authority', 'addresseeLabel', 'addressees', 'bases', 'decision', 'body', 'closing', 'signers', 'distribution', 'drafter',
    'contact', 'attachments', 'appendices', 'marks', 'copy', 'keywords', 'signingInfo'],
  issuer: ['parent', 'name'],
  number: ['seq', 'symbol'],
  signer: ['caption', 'authority', 'title', 'name', 'after', 'signature', 'seal', 'sealSize'],
  marks: ['urgency', 'secrecy', 'circulation', 'draft'],
  appendix: ['label', 'title', 'reference', 'landscape', 'body'],
  block: ['heading', 'title', 'text', 'align', 'indent', 'style', 'list', 'marker'],
  table: ['caption', 'unit', 'columns', 'numbered', 'size', 'header', 'rows'],
};

function orderFor(tokens) {
  if (tokens.length === 1) return ORDER.top;
  const up = tokens.at(-2), upper = tokens.at(-3);
  if (up === 'issuer') return ORDER.issuer;
  if (up === 'number') return ORDER.number;
  if (up === 'marks') return ORDER.marks;
  if (up === 'table') return ORDER.table;
  if (upper === 'signers') return ORDER.signer;
  if (upper === 'appendices') return ORDER.appendix;
  if (upper === 'body' || upper === 'list' || upper === 'together') return ORDER.block;
  return null;
}

/** Sets `obj[key] = value`, a new key placed after the existing keys that come before it. */
function putKey(obj, key, value, order) {
  if (Object.hasOwn(obj, key) || !order || !order.includes(key)) { obj[key] = value; return; }
  const rank = order.indexOf(key);
  const entries = Object.entries(obj);
  let at = entries.length;
  for (let i = 0; i < entries.length; i++) {
    const r = order.indexOf(entries[i][0]);
    if (r > rank) { at = i; break; }
  }
  entries.splice(at, 0, [key, value]);
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of entries) obj[k] = v;
}

const isIndex = (token) => /^(0|[1-9][0-9]*)$/.test(token) || token === '-';

export class Store extends EventTarget {
  constructor() {
    super();
    this.doc = {};
    this.undoStack = [];
    this.redoStack = [];
    this.lastKey = null;
    this.lastTime = 0;
  }

  get(pointer) { return get(this.doc, pointer); }

  /** Replaces the whole document (opening a file, an example, a draft). */
  load(doc, { persist = true } = {}) {
    this.doc = doc && typeof doc === 'object' && !Array.isArray(doc) ? doc : {};
    this.undoStack = [];
    this.redoStack = [];
    this.lastKey = null;
    this.emit('', { structural: true, reason: 'load', persist });
  }

  /** Sets the value at `pointer`, creating the objects and arrays on the way. */
  set(pointer, value, { structural = false, focus, coalesce } = {}) {
    this.snapshot(coalesce === undefined ? (structural ? null : pointer) : coalesce);
    const tokens = parse(pointer);
    if (tokens.length === 0) { this.doc = value; this.emit(pointer, { structural: true, focus }); return; }
    let node = this.doc;
    for (let i = 0; i < tokens.length - 1; i++) {
      const token = tokens[i];
      let next = Array.isArray(node) ? node[Number(token)] : node[token];
      if (next == null || typeof next !== 'object') {
        next = isIndex(tokens[i + 1]) ? [] : {};
        if (Array.isArray(node)) node[Number(token)] = next; else putKey(node, token, next, orderFor(tokens.slice(0, i + 1)));
      }
      node = next;
    }
    const key = tokens.at(-1);
    if (Array.isArray(node)) {
      if (key === '-') node.push(value); else node[Number(key)] = value;
    } else {
      putKey(node, key, value, orderFor(tokens));
    }
    this.emit(pointer, { structural, focus });
  }

  /**
   * Removes the value at `pointer` (an array element is spliced out). An object member left
   * empty by it is removed too (an `issuer` with neither line), up to the document itself.
   */
  remove(pointer, { structural = false, focus, coalesce } = {}) {
    const tokens = parse(pointer);
    if (tokens.length === 0 || this.get(pointer) === undefined) return;
    this.snapshot(coalesce === undefined ? (structural ? null : pointer) : coalesce);
    this.removeIn(tokens);
    this.emit(pointer, { structural, focus });
  }

  removeIn(tokens) {
    const parentTokens = tokens.slice(0, -1);
    const parent = parentTokens.reduce((node, t) => (Array.isArray(node) ? node[Number(t)] : node[t]), this.doc);
    const key = tokens.at(-1);
    if (Array.isArray(parent)) { parent.splice(Number(key), 1); return; }
    delete parent[key];
    if (parentTokens.length > 0 && Object.keys(parent).length === 0) {
      const grand = parentTokens.slice(0, -1).reduce((node, t) => (Array.isArray(node) ? node[Number(t)] : node[t]), this.doc);
      if (!Array.isArray(grand)) this.removeIn(parentTokens);
    }
  }

  /** Inserts into the array at `pointer` (made if missing). */
  insert(pointer, index, value, { focus } = {}) {
    this.snapshot(null);
    let array = this.get(pointer);
    if (!Array.isArray(array)) {
      array = array === undefined ? [] : [array];
      this.setQuiet(pointer, array);
    }
    array.splice(Math.max(0, Math.min(index, array.length)), 0, value);
    this.emit(pointer, { structural: true, focus });
  }

  /** Moves an array element from one index to another. */
  move(pointer, from, to, { focus } = {}) {
    const array = this.get(pointer);
    if (!Array.isArray(array) || to < 0 || to >= array.length || from === to) return;
    this.snapshot(null);
    const [item] = array.splice(from, 1);
    array.splice(to, 0, item);
    this.emit(pointer, { structural: true, focus });
  }

  setQuiet(pointer, value) {
    const saved = this.emit;
    this.emit = () => {};
    try { this.set(pointer, value, { coalesce: '__quiet' }); } finally { this.emit = saved; }
  }

  /** Records the document before an edit; edits of one field (`key`) within a moment make one step, `null` always a new one. */
  snapshot(key) {
    if (key === '__quiet') return;
    const now = Date.now();
    if (key && key === this.lastKey && now - this.lastTime < 1500) { this.lastTime = now; return; }
    this.undoStack.push(JSON.stringify(this.doc));
    if (this.undoStack.length > 200) this.undoStack.shift();
    this.redoStack = [];
    this.lastKey = key;
    this.lastTime = now;
  }

  get canUndo() { return this.undoStack.length > 0; }
  get canRedo() { return this.redoStack.length > 0; }

  undo() {
    if (!this.canUndo) return;
    this.redoStack.push(JSON.stringify(this.doc));
    this.doc = JSON.parse(this.undoStack.pop());
    this.lastKey = null;
    this.emit('', { structural: true, reason: 'undo' });
  }

  redo() {
    if (!this.canRedo) return;
    this.undoStack.push(JSON.stringify(this.doc));
    this.doc = JSON.parse(this.redoStack.pop());
    this.lastKey = null;
    this.emit('', { structural: true, reason: 'undo' });
  }

  emit(pointer, detail) {
    this.dispatchEvent(new CustomEvent('change', { detail: { pointer, ...detail } }));
  }
}
