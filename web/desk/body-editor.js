// The body (`body`, an appendix's `body`, a `together` group): a list of blocks, each a small
// editor that writes the model's own JSON — a paragraph is a string (or { text, align, indent,
// style }), a heading { heading, title?, text? }, a list { list, marker }, a table, a centred
// line, a page break. Blocks the desk has no editor for are edited as JSON, never dropped.

import { h, uid, srOnly, autoGrow } from './dom.js';
import { join } from './pointer.js';
import { register, writeText, itemTools } from './form/fields.js';
import { markupKeys, markupToolbar } from './markup.js';
import { tableEditor } from './table-editor.js';

export const LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

export function roman(n) {
  const table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

export function kindOf(block) {
  if (typeof block === 'string') return 'paragraph';
  if (!block || typeof block !== 'object' || Array.isArray(block)) return 'unknown';
  if ('heading' in block) return 'heading';
  if ('list' in block) return 'list';
  if ('table' in block) return 'table';
  if ('center' in block) return 'center';
  if ('together' in block) return 'together';
  if ('break' in block) return 'break';
  if ('text' in block) return 'paragraph';
  return 'unknown';
}

const KIND_NAMES = {
  paragraph: 'Đoạn văn', heading: 'Đề mục', list: 'Danh sách', table: 'Bảng', center: 'Dòng căn giữa',
  together: 'Nhóm giữ cùng trang', break: 'Ngắt trang', unknown: 'Khối khác',
};

/** The heading levels a clerk adds, in the trade's words. */
const HEADING_LEVELS = [
  ['dieu', 'Điều (Điều 1., Điều 2.)'],
  ['roman', 'Đề mục La Mã (I., II.)'],
  ['number', 'Đề mục số (1., 2.)'],
  ['letter', 'Đề mục chữ (a), b))'],
  ['chuong', 'Chương'],
  ['muc', 'Mục'],
  ['phan', 'Phần'],
];

const isRoman = (s) => /^[IVXLC]+\.$/.test(s);
const isNumber = (s) => /^\d+\.$/.test(s);
const isLetter = (s) => /^[a-zđ]\)$/.test(s);

/** The label of a new heading of `level` inserted at `index`, numbered after the ones before it. */
export function nextHeading(level, blocks, index) {
  const before = blocks.slice(0, index).filter((b) => b && typeof b === 'object' && typeof b.heading === 'string').map((b) => b.heading.trim());
  const since = (stop) => {
    const at = before.findLastIndex(stop);
    return before.slice(at + 1);
  };
  switch (level) {
    case 'dieu': return `Điều ${before.filter((x) => /^Điều\s+\d+/.test(x)).length + 1}.`;
    case 'chuong': return `Chương ${roman(before.filter((x) => /^Chương\s/.test(x)).length + 1)}`;
    case 'phan': return `Phần ${roman(before.filter((x) => /^Phần\s/.test(x)).length + 1)}`;
    case 'muc': return `Mục ${since((x) => /^Chương\s/.test(x)).filter((x) => /^Mục\s/.test(x)).length + 1}`;
    case 'roman': return `${roman(before.filter(isRoman).length + 1)}.`;
    case 'number': return `${since(isRoman).filter(isNumber).length + 1}.`;
    case 'letter': return `${LETTERS[Math.min(LETTERS.length - 1, since((x) => isNumber(x) || isRoman(x)).filter(isLetter).length)]})`;
    default: return '';
  }
}

/** How an item of a list shows its marker: `-`, `3.`, `c)`, `II.`. */
function markerText(marker, index) {
  switch (marker) {
    case '1.': return `${index + 1}.`;
    case '1)': return `${index + 1})`;
    case 'a)': return `${LETTERS[index % LETTERS.length]})`;
    case 'I.': return `${roman(index + 1)}.`;
    default: return marker || '-';
  }
}

const MARKERS = [['-', 'Gạch đầu dòng (-)'], ['+', 'Dấu cộng (+)'], ['1.', 'Số (1., 2.)'], ['1)', 'Số có ngoặc (1), 2))'], ['a)', 'Chữ (a), b))'], ['I.', 'La Mã (I., II.)']];

/** The text of a paragraph block, a string or an object's `text`. */
const textOf = (block) => (typeof block === 'string' ? block : typeof block?.text === 'string' ? block.text : null);

/**
 * The editor of the blocks at `pointer` (an array). `context` names the place for problems
 * ("Nội dung", "Phụ lục I").
 */
export function blockList(ctx, pointer, { context = 'Nội dung', defaultLevel = 'roman' } = {}) {
  const { store } = ctx;
  const blocks = Array.isArray(store.get(pointer)) ? store.get(pointer) : [];
  const list = h('div', { class: 'blocks', dataset: { field: pointer } });
  const messages = h('div', { class: 'messages' });
  blocks.forEach((block, index) => list.append(blockCard(ctx, pointer, blocks, index, context, defaultLevel)));
  const wrap = h('div', { class: 'block-list' }, list, messages,
    addBar(ctx, pointer, blocks.length, { defaultLevel, label: `Thêm vào cuối ${context.toLowerCase()}` }));
  register(pointer, { wrap, focus: list.querySelector('textarea, input, select') ?? wrap.querySelector('.add-bar button'), messages, label: context });
  return wrap;
}

function blockCard(ctx, base, blocks, index, context, defaultLevel) {
  const { store } = ctx;
  const pointer = join(base, index);
  const block = blocks[index];
  const kind = kindOf(block);
  const messages = h('div', { class: 'messages' });
  const id = uid('b');
  const headingLabel = kind === 'heading' && typeof block.heading === 'string' && block.heading.trim() ? block.heading.trim() : null;
  const name = headingLabel ? `${KIND_NAMES.heading} ${headingLabel}` : `${KIND_NAMES[kind]} ${index + 1}`;
  let mainTextarea = null;
  const editor = (() => {
    switch (kind) {
      case 'paragraph': return paragraphEditor(ctx, pointer, block, id, base, blocks, index, (t) => { mainTextarea = t; });
      case 'heading': return headingEditor(ctx, pointer, block, id, base, index, (t) => { mainTextarea = t; });
      case 'list': return listEditor(ctx, join(pointer, 'list'), join(pointer, 'marker'), block, id, { base, index });
      case 'table': return tableEditor(ctx, join(pointer, 'table'), id);
      case 'center': return centerEditor(ctx, pointer, id);
      case 'together': return h('div', { class: 'together' }, blockList(ctx, join(pointer, 'together'), { context: `${context}, nhóm ${index + 1}`, defaultLevel }));
      case 'break': return h('p', { class: 'break-line', id }, 'Nội dung sau đây bắt đầu ở trang mới.');
      default: return jsonEditor(ctx, pointer, block, id);
    }
  })();
  const insertSlot = h('div', { class: 'insert-slot' });
  const toggleInsert = h('button', {
    type: 'button', class: 'icon', 'aria-label': `Chèn khối mới sau ${name.toLowerCase()}`, title: 'Chèn khối mới bên dưới', 'aria-expanded': 'false',
    onClick: () => {
      const open = insertSlot.childElementCount === 0;
      insertSlot.replaceChildren(...(open ? [addBar(ctx, base, index + 1, { defaultLevel, label: `Chèn sau ${name.toLowerCase()}` })] : []));
      toggleInsert.setAttribute('aria-expanded', String(open));
      if (open) insertSlot.querySelector('button')?.focus();
    },
  }, '+');
  const head = h('div', { class: 'block-head' },
    h(kind === 'paragraph' || kind === 'center' ? 'label' : 'span', { class: 'block-name', for: kind === 'paragraph' || kind === 'center' ? id : null }, name),
    mainTextarea ? markupToolbar(() => mainTextarea, name) : null,
    h('span', { class: 'spacer' }),
    toggleInsert,
    itemTools(ctx, { arrayPointer: base, index, count: blocks.length, name: name.toLowerCase() }));
  const card = h('div', { class: `block kind-${kind}`, dataset: { field: pointer } }, head, editor, messages, insertSlot);
  card.addEventListener('keydown', (event) => {
    if (event.isComposing || event.keyCode === 229) return; // a Vietnamese input method is composing
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target.closest('.block') !== card || event.target.closest('.rows, .list-items, .table-grid')) return;
    event.preventDefault();
    const to = index + (event.key === 'ArrowUp' ? -1 : 1);
    store.move(base, index, to, { focus: join(base, to) });
  });
  register(pointer, { wrap: card, focus: card.querySelector('textarea, input, select') ?? toggleInsert, messages, label: `${name} — ${context}` });
  return card;
}

/** Enter splits the paragraph at the caret into a new one; Backspace at the start joins it to the one before. */
function paragraphKeys(ctx, textarea, { base, blocks, index, textPointer }) {
  const { store } = ctx;
  textarea.addEventListener('keydown', (event) => {
    if (event.isComposing || event.keyCode === 229) return; // a Vietnamese input method is composing
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      const at = textarea.selectionStart, whole = textarea.value;
      const head = whole.slice(0, at).replace(/\s+$/, ''), tail = whole.slice(textarea.selectionEnd).replace(/^\s+/, '');
      if (tail || head !== whole) store.set(textPointer, head, { coalesce: null });
      store.insert(base, index + 1, tail, { focus: { pointer: join(base, index + 1), caret: 0 } });
    } else if (event.key === 'Backspace' && textarea.selectionStart === 0 && textarea.selectionEnd === 0 && index > 0) {
      const previous = blocks[index - 1];
      const previousText = textOf(previous);
      if (previousText === null || kindOf(previous) !== 'paragraph') {
        if (textarea.value === '') { event.preventDefault(); store.remove(join(base, index), { structural: true, focus: join(base, index - 1) }); }
        return;
      }
      event.preventDefault();
      const target = typeof previous === 'string' ? join(base, index - 1) : join(base, index - 1, 'text');
      store.set(target, previousText + textarea.value, { coalesce: null });
      store.remove(join(base, index), { structural: true, focus: { pointer: target, caret: previousText.length } });
    }
  });
}

function paragraphEditor(ctx, pointer, block, id, base, blocks, index, expose) {
  const { store } = ctx;
  const isObject = typeof block === 'object';
  const textPointer = isObject ? join(pointer, 'text') : pointer;
  const textarea = h('textarea', { id, rows: 2, class: 'markup', dataset: { pointer: textPointer }, placeholder: 'Gõ nội dung; Enter: đoạn mới; Shift+Enter: xuống dòng trong đoạn' });
  textarea.value = textOf(block) ?? '';
  autoGrow(textarea);
  markupKeys(textarea);
  textarea.addEventListener('input', () => store.set(textPointer, textarea.value));
  paragraphKeys(ctx, textarea, { base, blocks, index, textPointer });
  expose(textarea);
  return h('div', { class: 'paragraph' }, textarea, paragraphOptions(ctx, pointer, block));
}

/**
 * Alignment, first-line indent and style of a paragraph. A string becomes an object when an
 * option is set, and a string again when every option is back to its default.
 */
function paragraphOptions(ctx, pointer, block) {
  const { store } = ctx;
  const current = typeof block === 'object' ? block : { text: block };
  const write = (key, value) => {
    const next = { ...current };
    if (value === undefined) delete next[key]; else next[key] = value;
    const keys = Object.keys(next);
    store.set(pointer, keys.length === 1 && keys[0] === 'text' ? next.text : next, { structural: true, focus: join(pointer, key) });
  };
  const select = (key, label, options) => {
    const sid = uid();
    const el = h('select', { id: sid, dataset: { pointer: join(pointer, key) } }, options.map(([v, t]) => h('option', { value: v }, t)));
    el.value = current[key] ?? '';
    el.addEventListener('change', () => write(key, el.value || undefined));
    return h('span', { class: 'option' }, h('label', { for: sid }, label), el);
  };
  const cid = uid();
  const indent = h('input', { id: cid, type: 'checkbox', dataset: { pointer: join(pointer, 'indent') } });
  indent.checked = current.indent !== false;
  indent.addEventListener('change', () => write('indent', indent.checked ? undefined : false));
  const set = ['align', 'indent', 'style'].some((k) => k in current);
  return h('details', { class: 'block-options', open: set },
    h('summary', {}, set ? 'Định dạng riêng' : 'Định dạng'),
    h('div', { class: 'options-row' },
      select('align', 'Căn lề', [['', 'Căn đều hai bên'], ['left', 'Căn trái'], ['center', 'Căn giữa'], ['right', 'Căn phải']]),
      select('style', 'Kiểu chữ', [['', 'Chữ thường'], ['italic', 'Nghiêng'], ['bold', 'Đậm'], ['bold-italic', 'Đậm nghiêng']]),
      h('span', { class: 'option check' }, indent, h('label', { for: cid }, 'Lùi đầu dòng'))));
}

function headingEditor(ctx, pointer, block, id, base, index, expose) {
  const { store } = ctx;
  const field = (key, label, placeholder, { multiline = false, keepEmpty = false } = {}) => {
    const fid = key === 'heading' ? id : uid();
    const p = join(pointer, key);
    const el = multiline
      ? h('textarea', { id: fid, rows: 1, class: 'markup', dataset: { pointer: p }, placeholder })
      : h('input', { id: fid, type: 'text', dataset: { pointer: p }, placeholder, autocomplete: 'off' });
    el.value = typeof block[key] === 'string' ? block[key] : '';
    if (multiline) { autoGrow(el); markupKeys(el); }
    el.addEventListener('input', () => writeText(store, p, el.value, { keepEmpty }));
    el.addEventListener('keydown', (event) => {
      if (event.isComposing || event.keyCode === 229) return; // a Vietnamese input method is composing
      if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        store.insert(base, index + 1, '', { focus: join(base, index + 1) });
      }
    });
    const messages = h('div', { class: 'messages' });
    const wrap = h('div', { class: `field heading-${key}` }, h('label', { for: fid }, label), el, messages);
    register(p, { wrap, focus: el, messages, label: `${label} — ${block.heading ?? 'đề mục'}` });
    return [wrap, el];
  };
  const [label] = field('heading', 'Nhãn đề mục', 'Điều 1. / Chương I / II. / 1. / a)', { keepEmpty: true });
  const [title] = field('title', 'Tên đề mục', 'Phạm vi điều chỉnh');
  // Điều, 1., a) may carry their text on the label's line; Phần, Chương, Mục, I. only a title.
  const inline = typeof block.text === 'string' || /^(Điều\s|\d+[.)]|[a-zđ]\))/.test(String(block.heading ?? '').trim());
  if (!inline) return h('div', { class: 'heading-editor' }, h('div', { class: 'heading-row' }, label, title));
  const [text, textArea] = field('text', 'Nội dung đi liền nhãn', 'Nội dung (nếu có) in liền sau nhãn', { multiline: true });
  expose(textArea);
  return h('div', { class: 'heading-editor' }, h('div', { class: 'heading-row' }, label, title), text);
}

function centerEditor(ctx, pointer, id) {
  const p = join(pointer, 'center');
  const input = h('input', { id, type: 'text', dataset: { pointer: p }, placeholder: 'QUYẾT ĐỊNH:', autocomplete: 'off' });
  input.value = ctx.store.get(p) ?? '';
  input.addEventListener('input', () => ctx.store.set(p, input.value));
  return h('div', { class: 'center-line' }, input);
}

function jsonEditor(ctx, pointer, block, id) {
  const area = h('textarea', { id, rows: 4, class: 'code', dataset: { pointer }, spellcheck: 'false' });
  area.value = JSON.stringify(block, null, 2);
  autoGrow(area);
  const local = h('p', { class: 'msg error local', hidden: true });
  area.addEventListener('input', () => {
    try {
      ctx.store.set(pointer, JSON.parse(area.value));
      local.hidden = true;
    } catch {
      local.hidden = false;
      local.textContent = 'Chưa đúng cú pháp JSON; phần này chưa được cập nhật.';
    }
  });
  return h('div', { class: 'json-block' },
    h('label', { for: id }, 'Khối này được giữ nguyên như trong tệp; có thể sửa trực tiếp dạng JSON'), area, local);
}

/**
 * A list: its marker and its items, each a text (Enter adds an item after it, Backspace in an
 * empty item removes it, Alt+↑/↓ moves it). An item may hold a list of its own.
 */
function listEditor(ctx, pointer, markerPointer, owner, id, { base, index: blockIndex }) {
  const { store } = ctx;
  const items = Array.isArray(store.get(pointer)) ? store.get(pointer) : [];
  const marker = store.get(markerPointer) ?? '-';
  const mid = id;
  const markerSelect = h('select', { id: mid, dataset: { pointer: markerPointer } }, MARKERS.map(([v, t]) => h('option', { value: v }, t)));
  if (!MARKERS.some(([v]) => v === marker)) markerSelect.append(h('option', { value: marker }, marker));
  markerSelect.value = marker;
  markerSelect.addEventListener('change', () => store.set(markerPointer, markerSelect.value, { structural: true, focus: markerPointer }));
  const rows = h('ol', { class: 'list-items' });
  items.forEach((item, i) => {
    const isObject = item && typeof item === 'object';
    const textPointer = isObject ? join(pointer, i, 'text') : join(pointer, i);
    const itemPointer = join(pointer, i);
    const tid = uid();
    const area = h('textarea', { id: tid, rows: 1, class: 'markup', dataset: { pointer: textPointer }, placeholder: 'Nội dung mục' });
    area.value = isObject ? item.text ?? '' : String(item ?? '');
    autoGrow(area);
    markupKeys(area);
    area.addEventListener('input', () => store.set(textPointer, area.value));
    area.addEventListener('keydown', (event) => {
      if (event.isComposing || event.keyCode === 229) return; // a Vietnamese input method is composing
      if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        const at = area.selectionStart, whole = area.value;
        const head = whole.slice(0, at).replace(/\s+$/, ''), tail = whole.slice(area.selectionEnd).replace(/^\s+/, '');
        if (tail) store.set(textPointer, head, { coalesce: null });
        store.insert(pointer, i + 1, tail, { focus: { pointer: join(pointer, i + 1), caret: 0 } });
      } else if (event.key === 'Backspace' && area.value === '' && !(isObject && item.list?.length)) {
        event.preventDefault();
        if (items.length > 1) store.remove(itemPointer, { structural: true, focus: join(pointer, Math.max(0, i - 1)) });
        else if (base !== undefined) store.remove(join(base, blockIndex), { structural: true, focus: join(base, Math.max(0, blockIndex - 1)) });
      } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        event.preventDefault();
        const to = i + (event.key === 'ArrowUp' ? -1 : 1);
        store.move(pointer, i, to, { focus: join(pointer, to) });
      }
    });
    const messages = h('div', { class: 'messages' });
    const sub = isObject && Array.isArray(item.list)
      ? h('div', { class: 'sub-list' }, listEditor(ctx, join(pointer, i, 'list'), join(pointer, i, 'marker'), item, uid(), {}))
      : null;
    const addSub = !sub ? h('button', {
      type: 'button', class: 'icon', title: 'Thêm danh sách con dưới mục này', 'aria-label': `Thêm danh sách con dưới mục ${i + 1}`,
      onClick: () => store.set(itemPointer, { text: isObject ? item.text ?? '' : String(item ?? ''), list: [''], marker: '+' }, { structural: true, focus: join(pointer, i, 'list', 0) }),
    }, '↳') : null;
    const li = h('li', { class: 'list-item', dataset: { field: itemPointer } },
      h('div', { class: 'list-row' },
        h('label', { for: tid, class: 'row-label' }, srOnly('Mục '), markerText(marker, i)),
        area,
        h('span', { class: 'row-tools' }, addSub, itemTools(ctx, { arrayPointer: pointer, index: i, count: items.length, name: `mục ${i + 1}` }))),
      messages, sub);
    register(itemPointer, { wrap: li, focus: area, messages, label: `Mục ${i + 1} của danh sách` });
    rows.append(li);
  });
  return h('div', { class: 'list-editor' },
    h('div', { class: 'list-marker' }, h('label', { for: mid }, 'Ký hiệu đầu dòng'), markerSelect),
    rows,
    h('button', { type: 'button', class: 'add small', onClick: () => store.insert(pointer, items.length, '', { focus: join(pointer, items.length) }) }, '+ Thêm mục'));
}

/** The buttons that add a block at `index`; headings are numbered after the ones before them. */
export function addBar(ctx, pointer, index, { defaultLevel = 'roman', label = 'Thêm khối' } = {}) {
  const { store } = ctx;
  const blocks = () => (Array.isArray(store.get(pointer)) ? store.get(pointer) : []);
  const add = (block, focusKey) => {
    const at = Math.min(index, blocks().length);
    store.insert(pointer, at, block, { focus: focusKey ? join(pointer, at, ...focusKey) : join(pointer, at) });
  };
  const lid = uid();
  const level = h('select', { id: lid, class: 'level' }, HEADING_LEVELS.map(([v, t]) => h('option', { value: v }, t)));
  level.value = ctx.lastHeadingLevel ?? defaultLevel;
  level.addEventListener('change', () => { ctx.lastHeadingLevel = level.value; });
  const button = (text, onClick, title) => h('button', { type: 'button', class: 'small', onClick, title }, text);
  return h('div', { class: 'add-bar', role: 'group', 'aria-label': label },
    h('span', { class: 'add-label' }, `${label}:`),
    button('Đoạn văn', () => add('')),
    button('Điều', () => add({ heading: nextHeading('dieu', blocks(), index), text: '' }, ['text']), 'Thêm Điều, đánh số tiếp theo'),
    h('span', { class: 'heading-add' },
      button('Đề mục', () => {
        const heading = nextHeading(level.value, blocks(), index);
        add(level.value === 'dieu' || level.value === 'number' || level.value === 'letter' ? { heading, text: '' } : { heading, title: '' }, [level.value === 'dieu' || level.value === 'number' || level.value === 'letter' ? 'text' : 'title']);
      }, 'Thêm đề mục, đánh số tiếp theo'),
      h('label', { for: lid, class: 'sr-only' }, 'Loại đề mục'), level),
    button('Danh sách', () => add({ list: [''] }, ['list', 0])),
    button('Bảng', () => add({ table: { header: ['', ''], rows: [['', '']] } }, ['table', 'header', 0])),
    button('Dòng căn giữa', () => add({ center: '' }, ['center'])),
    button('Ngắt trang', () => add({ break: 'page' })));
}
