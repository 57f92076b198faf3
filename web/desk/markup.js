// The model's inline markup in a textarea: **đậm**, *nghiêng*, __gạch chân__, ^[chú thích].
// Buttons and Ctrl+B / Ctrl+I / Ctrl+U insert the marks around the selection; the clerk sees
// the marks, the page shows the result.

import { h } from './dom.js';

const MARKS = {
  bold: { open: '**', close: '**', placeholder: 'chữ đậm' },
  italic: { open: '*', close: '*', placeholder: 'chữ nghiêng' },
  underline: { open: '__', close: '__', placeholder: 'gạch chân' },
  footnote: { open: '^[', close: ']', placeholder: 'nội dung chú thích' },
};

/** Replaces the selection, keeping the browser's own undo (insertText) where it can. */
function replaceSelection(textarea, text, selectFrom, selectTo) {
  textarea.focus();
  const start = textarea.selectionStart;
  if (!document.execCommand?.('insertText', false, text)) {
    textarea.setRangeText(text, start, textarea.selectionEnd, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
  textarea.setSelectionRange(start + selectFrom, start + selectTo);
}

/** Wraps the selection in a mark (or unwraps it when it is already wrapped). */
export function applyMark(textarea, kind) {
  const { open, close, placeholder } = MARKS[kind];
  let { selectionStart: s, selectionEnd: e, value } = textarea;
  // A mark opens before a non-space and closes after one: keep the spaces outside.
  while (e > s && /\s/.test(value[e - 1])) e--;
  while (s < e && /\s/.test(value[s])) s++;
  const inner = value.slice(s, e);
  // The selection is the marked words with their marks: unmark them.
  if (kind !== 'footnote' && inner.length > open.length + close.length && inner.startsWith(open) && inner.endsWith(close)
      && !(kind === 'italic' && (inner.startsWith('**') || inner.endsWith('**')))) {
    const bare = inner.slice(open.length, inner.length - close.length);
    textarea.setSelectionRange(s, e);
    replaceSelection(textarea, bare, 0, bare.length);
    return;
  }
  // The selection is the marked words, the marks around it: unmark them. Stars are counted, so
  // that Ctrl+I in **đậm** makes ***đậm*** (bold italic) and Ctrl+I in ***x*** leaves **x**.
  const starsBefore = value.slice(0, s).match(/\*+$/)?.[0].length ?? 0;
  const starsAfter = value.slice(e).match(/^\*+/)?.[0].length ?? 0;
  const marked = kind === 'italic' ? starsBefore % 2 === 1 && starsAfter % 2 === 1
    : kind === 'bold' ? starsBefore >= 2 && starsAfter >= 2
    : value.slice(s - open.length, s) === open && value.slice(e, e + close.length) === close;
  if (kind !== 'footnote' && marked && inner) {
    textarea.setSelectionRange(s - open.length, e + close.length);
    replaceSelection(textarea, inner, 0, inner.length);
    return;
  }
  textarea.setSelectionRange(s, e);
  const content = inner || placeholder;
  replaceSelection(textarea, open + content + close, open.length, open.length + content.length);
}

/** Ctrl+B, Ctrl+I, Ctrl+U in a textarea that takes markup. */
export function markupKeys(textarea) {
  textarea.addEventListener('keydown', (event) => {
    if (event.isComposing || event.keyCode === 229) return; // a Vietnamese input method is composing
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const kind = { b: 'bold', i: 'italic', u: 'underline' }[event.key.toLowerCase()];
    if (!kind) return;
    event.preventDefault();
    applyMark(textarea, kind);
  });
}

/** B / I / U / Chú thích buttons for the textarea `target()` returns. */
export function markupToolbar(target, label) {
  const button = (kind, text, name, keys) => h('button', {
    type: 'button', class: `icon mark-${kind}`, 'aria-label': `${name}${label ? ` — ${label}` : ''}`, title: keys ? `${name} (${keys})` : name,
    onMousedown: (event) => event.preventDefault(),
    onClick: () => { const t = target(); if (t) applyMark(t, kind); },
  }, text);
  return h('span', { class: 'markup-tools', role: 'group', 'aria-label': 'Định dạng chữ' },
    button('bold', 'B', 'Chữ đậm', 'Ctrl+B'),
    button('italic', 'I', 'Chữ nghiêng', 'Ctrl+I'),
    button('underline', 'U', 'Gạch chân', 'Ctrl+U'),
    button('footnote', 'Chú thích', 'Thêm chú thích cuối trang', null));
}
