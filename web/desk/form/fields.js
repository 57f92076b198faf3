// The form's building blocks. Every field: a visible <label for> in Vietnamese, the element
// carries `data-pointer` (the JSON pointer it edits), and the field registers itself so that a
// problem at that pointer (or below it) is shown under it.

import { h, uid, srOnly, autoGrow } from '../dom.js';
import { join } from '../pointer.js';

/** pointer → { wrap, focus, messages, label }: rebuilt with the form. */
export const registry = new Map();

export function register(pointer, { wrap, focus, messages, label }) {
  if (!registry.has(pointer)) registry.set(pointer, { wrap, focus, messages, label });
}

/** The field for a problem's pointer: itself, or the closest field above it. */
export function fieldFor(pointer) {
  let p = pointer ?? '';
  for (;;) {
    if (registry.has(p)) return { pointer: p, ...registry.get(p) };
    if (p === '') return undefined;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** Writes a text: an empty optional member is removed, an empty row of a list stays "". */
export function writeText(store, pointer, value, { keepEmpty = false } = {}) {
  if (value === '' && !keepEmpty) store.remove(pointer);
  else store.set(pointer, value);
}

/** The field's frame: label, control, hint, messages; returns { wrap, control }. */
function frame({ pointer, label, hint, control, id, className = '', fullLabel }) {
  const hintId = hint ? `${id}-hint` : null;
  const messages = h('div', { class: 'messages', id: `${id}-msg` });
  control.setAttribute('aria-describedby', [hintId, messages.id].filter(Boolean).join(' '));
  const wrap = h('div', { class: `field ${className}`.trim(), dataset: { field: pointer } },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    messages);
  register(pointer, { wrap, focus: control, messages, label: fullLabel ?? label });
  return wrap;
}

/** A one-line text (`input`) or a text with inline markup (`textarea`). */
export function textField(ctx, { pointer, label, hint, placeholder, multiline = false, context, keepEmpty = false, upper = false, list, inputmode }) {
  const id = uid();
  const value = ctx.store.get(pointer);
  const control = multiline
    ? h('textarea', { id, rows: 2, placeholder, dataset: { pointer }, spellcheck: 'true' })
    : h('input', { id, type: 'text', placeholder, dataset: { pointer }, list, inputmode, autocomplete: 'off' });
  control.value = value == null ? '' : String(value);
  if (upper) control.classList.add('upper');
  if (multiline) autoGrow(control);
  control.addEventListener('input', () => writeText(ctx.store, pointer, control.value, { keepEmpty }));
  return frame({ pointer, label, hint, control, id, fullLabel: context ? `${label} — ${context}` : label });
}

/** "Lines" of the model: one string, or one string per line (a textarea, one line each). */
export function linesField(ctx, { pointer, label, hint, placeholder, context, upper = false }) {
  const id = uid();
  const value = ctx.store.get(pointer);
  const control = h('textarea', { id, rows: 1, placeholder, dataset: { pointer, lines: 'true' } });
  control.value = Array.isArray(value) ? value.join('\n') : value == null ? '' : String(value);
  if (upper) control.classList.add('upper');
  autoGrow(control);
  control.addEventListener('input', () => {
    const lines = control.value.split('\n');
    if (control.value === '') ctx.store.remove(pointer);
    else ctx.store.set(pointer, lines.length === 1 ? lines[0] : lines);
  });
  return frame({ pointer, label, hint, control, id, fullLabel: context ? `${label} — ${context}` : label });
}

/** A choice among fixed values; '' removes the member. */
export function selectField(ctx, { pointer, label, hint, options, empty, context, onChange, value: given }) {
  const id = uid();
  const value = given ?? ctx.store.get(pointer);
  const all = [...options];
  if (value != null && value !== '' && !all.some(([v]) => v === value)) all.push([value, `${value} (đang dùng)`]);
  const control = h('select', { id, dataset: { pointer } },
    empty != null ? h('option', { value: '' }, empty) : null,
    all.map(([v, text]) => h('option', { value: v }, text)));
  control.value = value == null ? '' : String(value);
  control.addEventListener('change', () => {
    if (onChange) onChange(control.value);
    else writeText(ctx.store, pointer, control.value);
  });
  return frame({ pointer, label, hint, control, id, fullLabel: context ? `${label} — ${context}` : label });
}

/** A yes/no member: true, or absent. */
export function checkField(ctx, { pointer, label, hint, context }) {
  const id = uid();
  const control = h('input', { id, type: 'checkbox', dataset: { pointer } });
  control.checked = ctx.store.get(pointer) === true;
  control.addEventListener('change', () => {
    if (control.checked) ctx.store.set(pointer, true); else ctx.store.remove(pointer);
  });
  const messages = h('div', { class: 'messages', id: `${id}-msg` });
  control.setAttribute('aria-describedby', messages.id);
  const wrap = h('div', { class: 'field check', dataset: { field: pointer } }, control, h('label', { for: id }, label),
    hint ? h('p', { class: 'hint' }, hint) : null, messages);
  register(pointer, { wrap, focus: control, messages, label: context ? `${label} — ${context}` : label });
  return wrap;
}

/** Số (the running number): a whole number, or blank for the văn thư to fill at issue time. */
export function seqField(ctx, { pointer, label, hint }) {
  const id = uid();
  const value = ctx.store.get(pointer);
  const control = h('input', { id, type: 'text', inputmode: 'numeric', class: 'narrow', dataset: { pointer }, autocomplete: 'off', placeholder: 'để trống' });
  control.value = value == null ? '' : String(value);
  const wrap = frame({ pointer, label, hint, control, id });
  const local = h('p', { class: 'msg error local', hidden: true });
  wrap.append(local);
  control.addEventListener('input', () => {
    const text = control.value.trim();
    const ok = text === '' || /^\d{1,7}$/.test(text);
    local.hidden = ok;
    local.textContent = ok ? '' : 'Số chỉ gồm chữ số (ví dụ 05 hoặc 152); để trống nếu văn thư điền khi ban hành.';
    control.setAttribute('aria-invalid', String(!ok));
    if (!ok) return;
    if (text === '') ctx.store.remove(pointer); else ctx.store.set(pointer, Number(text));
  });
  return wrap;
}

const pad2 = (n) => String(n).padStart(2, '0');

/** Parses day, month, year as typed into ISO `YYYY[-MM[-DD]]`; null if not a date, '' if empty. */
export function composeDate(day, month, year) {
  day = day.trim(); month = month.trim(); year = year.trim();
  if (!day && !month && !year) return '';
  if (!/^\d{4}$/.test(year) || Number(year) < 1) return null;
  if (!month) return day ? null : year;
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return null;
  if (!day) return `${year}-${pad2(month)}`;
  if (!/^\d{1,2}$/.test(day)) return null;
  const d = Number(day), m = Number(month), y = Number(year);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return null;
  return `${year}-${pad2(m)}-${pad2(d)}`;
}

/**
 * Ngày tháng năm as the page writes it: three boxes (ngày, tháng, năm). Stored ISO; a draft may
 * leave the day (or day and month) blank.
 */
export function dateField(ctx, { pointer, label, hint, context, onChange }) {
  const value = String(ctx.store.get(pointer) ?? '');
  const [y = '', m = '', d = ''] = value ? value.split('-') : [];
  const ids = [uid(), uid(), uid()];
  const messages = h('div', { class: 'messages', id: `${ids[0]}-msg` });
  const local = h('p', { class: 'msg error local', hidden: true });
  const box = (id, text, val, size, ph) => {
    const input = h('input', { id, type: 'text', inputmode: 'numeric', class: `date-part w${size}`, placeholder: ph, maxlength: size, dataset: { pointer }, autocomplete: 'off', 'aria-describedby': messages.id });
    input.value = val ? String(size === 4 ? val : Number(val)) : '';
    return [h('label', { for: id, class: 'inline' }, text), input];
  };
  const [dayL, day] = box(ids[0], 'Ngày', d, 2, 'dd');
  const [monthL, month] = box(ids[1], 'tháng', m, 2, 'mm');
  const [yearL, year] = box(ids[2], 'năm', y, 4, 'yyyy');
  const write = () => {
    const iso = composeDate(day.value, month.value, year.value);
    local.hidden = iso !== null;
    local.textContent = iso === null ? 'Ngày tháng chưa đúng: ghi năm đủ 4 chữ số; có thể để trống ngày (hoặc ngày và tháng) khi chưa ký.' : '';
    for (const el of [day, month, year]) el.setAttribute('aria-invalid', String(iso === null));
    if (iso === null) return;
    if (iso === '') ctx.store.remove(pointer); else ctx.store.set(pointer, iso, { coalesce: pointer });
    onChange?.(iso);
  };
  for (const el of [day, month, year]) el.addEventListener('input', write);
  const todayButton = h('button', { type: 'button', class: 'small', onClick: () => {
    const now = new Date();
    day.value = String(now.getDate()); month.value = String(now.getMonth() + 1); year.value = String(now.getFullYear());
    write();
  } }, 'Hôm nay');
  const wrap = h('fieldset', { class: 'field date', dataset: { field: pointer } },
    h('legend', {}, label),
    h('div', { class: 'date-row' }, dayL, day, monthL, month, yearL, year, todayButton),
    hint ? h('p', { class: 'hint' }, hint) : null, local, messages);
  register(pointer, { wrap, focus: day, messages, label: context ? `${label} — ${context}` : label });
  return wrap;
}

/** A PNG chosen from the clerk's disk, kept as a `data:` URL; a thumbnail and a remove button. */
export function imageField(ctx, { pointer, label, hint, context }) {
  const id = uid();
  const value = ctx.store.get(pointer);
  const messages = h('div', { class: 'messages', id: `${id}-msg` });
  const local = h('p', { class: 'msg error local', hidden: true });
  const input = h('input', { id, type: 'file', accept: 'image/png', class: 'file-input', dataset: { pointer }, 'aria-describedby': messages.id });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    const fail = (text) => { local.hidden = false; local.textContent = text; input.value = ''; };
    if (file.type && file.type !== 'image/png') return fail('Chỉ nhận ảnh PNG (nên có nền trong suốt).');
    if (file.size > 4 * 1024 * 1024) return fail('Ảnh lớn hơn 4 MB: hãy thu nhỏ ảnh trước khi chọn.');
    const reader = new FileReader();
    reader.onload = () => ctx.store.set(pointer, String(reader.result).replace(/^data:[^;,]*/, 'data:image/png'), { structural: true, focus: pointer });
    reader.onerror = () => fail('Không đọc được tệp ảnh.');
    reader.readAsDataURL(file);
  });
  const isData = typeof value === 'string' && value.startsWith('data:');
  const preview = value
    ? h('div', { class: 'thumb' },
        isData ? h('img', { src: value, alt: `${label} đã chọn` }) : h('span', { class: 'hint' }, `Tệp: ${value}`),
        h('button', { type: 'button', class: 'small danger', onClick: () => ctx.store.remove(pointer, { structural: true, focus: pointer }) }, `Bỏ ${label.toLowerCase()}`))
    : h('p', { class: 'hint' }, 'Chưa chọn ảnh.');
  const wrap = h('div', { class: 'field image', dataset: { field: pointer } },
    h('label', { for: id }, label), preview, input,
    h('label', { for: id, class: 'file-button', 'aria-hidden': 'true' }, value ? 'Chọn ảnh khác…' : 'Chọn ảnh PNG…'),
    hint ? h('p', { class: 'hint' }, hint) : null, local, messages);
  register(pointer, { wrap, focus: input, messages, label: context ? `${label} — ${context}` : label });
  return wrap;
}

/**
 * A list of rows (Kính gửi, căn cứ, Nơi nhận, liên hệ): add, remove, reorder; Enter adds a row
 * after the current one, Backspace in an empty row removes it, Alt+↑/↓ moves it.
 */
export function rowsField(ctx, { pointer, label, rowName, hint, addLabel, placeholder, context, placeholders = [] }) {
  const { store } = ctx;
  const value = store.get(pointer);
  const single = typeof value === 'string';
  const stored = value == null ? [] : Array.isArray(value) ? value : [value];
  // An empty list still shows one row to type in; it is written only when something is typed.
  const rows = stored.length ? stored : [''];
  const rowPointer = (i) => (single ? pointer : join(pointer, i));
  const messages = h('div', { class: 'messages', id: `${uid()}-msg` });
  const list = h('ol', { class: 'rows' });
  const removeRow = (i, focusPrev) => {
    const next = rows.length <= 1 ? pointer : rowPointer(Math.max(0, focusPrev ? i - 1 : Math.min(i, rows.length - 2)));
    if (rows.length <= 1) store.remove(pointer, { structural: true, focus: `${pointer}#add` });
    else store.remove(rowPointer(i), { structural: true, focus: next });
  };
  rows.forEach((text, i) => {
    const id = uid();
    const rowMessages = h('div', { class: 'messages', id: `${id}-msg` });
    const input = h('textarea', { id, rows: 1, class: 'row-input', placeholder: placeholders[i] ?? placeholder, dataset: { pointer: rowPointer(i) }, 'aria-describedby': rowMessages.id });
    input.value = typeof text === 'string' ? text : JSON.stringify(text);
    autoGrow(input);
    input.addEventListener('input', () => {
      const v = input.value.replace(/\n/g, ' ');
      const current = store.get(pointer);
      const count = Array.isArray(current) ? current.length : current == null ? 0 : 1;
      if (v === '' && count <= 1) store.remove(pointer); // the only row emptied: no empty list left behind
      else if (single) writeText(store, pointer, v, { keepEmpty: true });
      else store.set(rowPointer(i), v);
    });
    input.addEventListener('keydown', (event) => {
      if (event.isComposing || event.keyCode === 229) return; // a Vietnamese input method is composing
      if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        const at = input.selectionStart, whole = input.value;
        if (at > 0 && at < whole.length) {
          // Split the row at the caret, as a word processor would.
          if (single) store.set(pointer, [whole.slice(0, at).trimEnd(), whole.slice(at).trimStart()], { structural: true, focus: rowPointer(1) });
          else { store.set(rowPointer(i), whole.slice(0, at).trimEnd()); store.insert(pointer, i + 1, whole.slice(at).trimStart(), { focus: join(pointer, i + 1) }); }
        } else {
          store.insert(pointer, at === 0 && whole ? i : i + 1, '', { focus: join(pointer, at === 0 && whole ? i : i + 1) });
        }
      } else if (event.key === 'Backspace' && input.value === '' && rows.length > 1) {
        event.preventDefault();
        removeRow(i, true);
      } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        event.preventDefault();
        const to = i + (event.key === 'ArrowUp' ? -1 : 1);
        if (!single) store.move(pointer, i, to, { focus: join(pointer, to) });
      }
    });
    const item = h('li', { class: 'row', dataset: { field: rowPointer(i) } },
      h('label', { for: id, class: 'row-label' }, srOnly(`${rowName} `), `${i + 1}.`),
      input,
      h('span', { class: 'row-tools' },
        h('button', { type: 'button', class: 'icon', 'aria-label': `Chuyển ${rowName.toLowerCase()} ${i + 1} lên`, title: 'Chuyển lên (Alt+↑)', disabled: i === 0 || single, onClick: () => store.move(pointer, i, i - 1, { focus: join(pointer, i - 1) }) }, '↑'),
        h('button', { type: 'button', class: 'icon', 'aria-label': `Chuyển ${rowName.toLowerCase()} ${i + 1} xuống`, title: 'Chuyển xuống (Alt+↓)', disabled: i === rows.length - 1, onClick: () => store.move(pointer, i, i + 1, { focus: join(pointer, i + 1) }) }, '↓'),
        h('button', { type: 'button', class: 'icon danger', 'aria-label': `Xóa ${rowName.toLowerCase()} ${i + 1}`, title: 'Xóa dòng', onClick: () => removeRow(i, false) }, '×')),
      rowMessages);
    list.append(item);
    register(rowPointer(i), { wrap: item, focus: input, messages: rowMessages, label: `${rowName} ${i + 1}${context ? ` — ${context}` : ''}` });
  });
  const add = h('button', { type: 'button', class: 'add', dataset: { pointer: `${pointer}#add` }, onClick: () => store.insert(pointer, rows.length, '', { focus: join(pointer, rows.length) }) }, `+ ${addLabel}`);
  const wrap = h('fieldset', { class: 'field rows-field', dataset: { field: pointer } },
    h('legend', {}, label), list, add, hint ? h('p', { class: 'hint' }, hint) : null, messages);
  register(pointer, { wrap, focus: list.querySelector('textarea') ?? add, messages, label: context ? `${label} — ${context}` : label });
  return wrap;
}

/** A titled part of the form; `collapsible` parts are <details>, open when they hold something. */
export function part({ title, id, hint, collapsible = false, open = true }, ...children) {
  const headingId = uid('h');
  if (collapsible) {
    return h('details', { class: 'part', id, open },
      h('summary', {}, h('h2', { id: headingId }, title)),
      hint ? h('p', { class: 'hint part-hint' }, hint) : null, children);
  }
  return h('section', { class: 'part', id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title), hint ? h('p', { class: 'hint part-hint' }, hint) : null, children);
}

/** Up, down and remove buttons for an item of an array (a signer, a block, an appendix). */
export function itemTools(ctx, { arrayPointer, index, count, name }) {
  const { store } = ctx;
  const at = (i) => join(arrayPointer, i);
  return h('span', { class: 'item-tools' },
    h('button', { type: 'button', class: 'icon', 'aria-label': `Chuyển ${name} lên`, title: 'Chuyển lên (Alt+↑)', disabled: index === 0, onClick: () => store.move(arrayPointer, index, index - 1, { focus: at(index - 1) }) }, '↑'),
    h('button', { type: 'button', class: 'icon', 'aria-label': `Chuyển ${name} xuống`, title: 'Chuyển xuống (Alt+↓)', disabled: index === count - 1, onClick: () => store.move(arrayPointer, index, index + 1, { focus: at(index + 1) }) }, '↓'),
    h('button', { type: 'button', class: 'icon danger', 'aria-label': `Xóa ${name}`, title: `Xóa ${name}`, onClick: () => {
      const focus = count > 1 ? at(Math.max(0, index - 1)) : `${arrayPointer}#add`;
      store.remove(at(index), { structural: true, focus });
    } }, '×'));
}
