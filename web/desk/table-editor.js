// A table block as a grid of cells: a header row, data rows, group rows ({ "group": "I. …" }),
// add and remove rows and columns, caption, unit and STT numbering. Cells written with spans
// or options keep them; only their text is edited here.

import { h, uid, srOnly, autoGrow } from './dom.js';
import { join } from './pointer.js';
import { register, writeText } from './form/fields.js';

const cellText = (cell) => (cell && typeof cell === 'object' ? String(cell.text ?? '') : cell == null ? '' : String(cell));
const spans = (cell) => (cell && typeof cell === 'object' ? (cell.colspan ?? 1) : 1);
const cellsOf = (row) => (Array.isArray(row) ? row : Array.isArray(row?.cells) ? row.cells : null);

export function tableEditor(ctx, pointer, id) {
  const { store } = ctx;
  const table = store.get(pointer) ?? {};
  const header = table.header;
  const multiHeader = Array.isArray(header) && header.length > 0 && header.every((r) => Array.isArray(r));
  const headerRows = !Array.isArray(header) ? [] : multiHeader ? header : [header];
  const headerPointer = (r) => (multiHeader ? join(pointer, 'header', r) : join(pointer, 'header'));
  const rows = Array.isArray(table.rows) ? table.rows : [];
  const allRows = [...headerRows, ...rows.map(cellsOf).filter(Boolean)];
  const merged = allRows.some((r) => r.some((c) => c && typeof c === 'object' && (c.colspan > 1 || c.rowspan > 1)));
  const width = (r) => r.reduce((n, c) => n + spans(c), 0);
  const ncols = Math.max(1, Array.isArray(table.columns) ? table.columns.length : 0, ...allRows.map(width));

  /** Applies `change` to a copy of the table and writes it back as one step. */
  const restructure = (change, focus) => {
    const next = structuredClone(store.get(pointer) ?? {});
    change(next);
    store.set(pointer, next, { structural: true, focus });
  };
  const padRow = (row, n) => { while (row.length < n) row.push(''); return row; };

  const cellInput = (cellPointer, cell, label, { header: isHeader = false, r, c, onEnter } = {}) => {
    const cid = uid();
    const textPointer = cell && typeof cell === 'object' ? join(cellPointer, 'text') : cellPointer;
    const input = h('textarea', { id: cid, rows: 1, class: isHeader ? 'cell header-cell' : 'cell', dataset: { pointer: textPointer } });
    input.value = cellText(cell);
    autoGrow(input);
    input.addEventListener('input', () => writeText(store, textPointer, input.value, { keepEmpty: true }));
    input.addEventListener('keydown', (event) => {
      if (event.isComposing || event.keyCode === 229) return; // a Vietnamese input method is composing
      if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey) { event.preventDefault(); onEnter?.(); }
    });
    register(cellPointer, { wrap: input, focus: input, messages: null, label });
    const rowspan = cell && typeof cell === 'object' && cell.rowspan > 1 ? cell.rowspan : null;
    const td = h(isHeader ? 'th' : 'td', { colspan: spans(cell) > 1 ? spans(cell) : null, rowspan, dataset: { r, c } },
      h('label', { for: cid, class: 'sr-only' }, label), input);
    return td;
  };

  // Column tools: remove a column (not offered when cells are merged: columns are then ambiguous).
  const columnTools = h('tr', { class: 'column-tools' }, h('th', { class: 'corner' }, srOnly('Cột')),
    Array.from({ length: ncols }, (_, c) => h('th', { scope: 'col' },
      h('span', { class: 'col-name' }, `Cột ${c + 1}`),
      merged || ncols <= 1 ? null : h('button', {
        type: 'button', class: 'icon danger', 'aria-label': `Xóa cột ${c + 1}`, title: `Xóa cột ${c + 1}`,
        onClick: () => restructure((t) => {
          if (Array.isArray(t.columns)) t.columns.splice(c, 1);
          for (const r of [...(multiHeader ? t.header : t.header ? [t.header] : []), ...(t.rows ?? []).map(cellsOf).filter(Boolean)]) r.splice(c, 1);
        }, join(pointer, 'rows', 0, 0)),
      }, '×'))),
    h('th', {}, srOnly('Thao tác')));

  const headRows = headerRows.map((row, r) => h('tr', { class: 'header-row' },
    h('th', { class: 'row-number' }, r === 0 ? 'Tiêu đề' : ''),
    row.map((cell, c) => cellInput(join(headerPointer(r), c), cell, `Tiêu đề cột ${c + 1}`, { header: true, r: `h${r}`, c, onEnter: () => focusCell(0, c) })),
    h('td', {})));

  const bodyRows = rows.map((row, r) => {
    const rowPointer = join(pointer, 'rows', r);
    const tools = h('td', { class: 'row-tools' },
      h('button', { type: 'button', class: 'icon', 'aria-label': `Chuyển dòng ${r + 1} lên`, disabled: r === 0, onClick: () => restructure((t) => t.rows.splice(r - 1, 0, ...t.rows.splice(r, 1)), join(pointer, 'rows', r - 1)) }, '↑'),
      h('button', { type: 'button', class: 'icon', 'aria-label': `Chuyển dòng ${r + 1} xuống`, disabled: r === rows.length - 1, onClick: () => restructure((t) => t.rows.splice(r + 1, 0, ...t.rows.splice(r, 1)), join(pointer, 'rows', r + 1)) }, '↓'),
      h('button', { type: 'button', class: 'icon danger', 'aria-label': `Xóa dòng ${r + 1}`, onClick: () => restructure((t) => t.rows.splice(r, 1), join(pointer, 'rows', Math.max(0, r - 1))) }, '×'));
    if (row && typeof row === 'object' && !Array.isArray(row) && 'group' in row) {
      const gid = uid();
      const p = join(rowPointer, 'group');
      const input = h('input', { id: gid, type: 'text', class: 'group-cell', dataset: { pointer: p } });
      input.value = String(row.group ?? '');
      input.addEventListener('input', () => writeText(store, p, input.value, { keepEmpty: true }));
      register(rowPointer, { wrap: input, focus: input, messages: null, label: `Dòng nhóm ${r + 1} của bảng` });
      return h('tr', { class: 'group-row' }, h('th', { class: 'row-number' }, String(r + 1)),
        h('td', { colspan: ncols }, h('label', { for: gid, class: 'sr-only' }, `Dòng nhóm ${r + 1}`), input), tools);
    }
    const cells = cellsOf(row);
    if (!cells) return h('tr', {}, h('th', { class: 'row-number' }, String(r + 1)), h('td', { colspan: ncols }, 'Dòng này giữ nguyên như trong tệp.'), tools);
    const cellsPointer = Array.isArray(row) ? rowPointer : join(rowPointer, 'cells');
    return h('tr', {}, h('th', { class: 'row-number', scope: 'row' }, String(r + 1)),
      cells.map((cell, c) => cellInput(join(cellsPointer, c), cell, `Dòng ${r + 1}, cột ${c + 1}`, {
        r, c, onEnter: () => (r + 1 < rows.length ? focusCell(r + 1, c) : restructure((t) => t.rows.push(padRow([], ncols)), join(pointer, 'rows', r + 1, c))),
      })),
      tools);
  });

  const grid = h('table', { class: 'table-grid' }, h('thead', {}, columnTools, headRows), h('tbody', {}, bodyRows));
  function focusCell(r, c) { grid.querySelector(`td[data-r="${r}"][data-c="${c}"] textarea`)?.focus(); }

  const option = (key, label, placeholder) => {
    const oid = uid();
    const p = join(pointer, key);
    const input = h('input', { id: oid, type: 'text', dataset: { pointer: p }, placeholder, autocomplete: 'off' });
    input.value = table[key] ?? '';
    input.addEventListener('input', () => writeText(store, p, input.value));
    register(p, { wrap: input, focus: input, messages: null, label });
    return h('span', { class: 'option' }, h('label', { for: oid }, label), input);
  };
  const nid = uid();
  const numbered = h('input', { id: nid, type: 'checkbox', dataset: { pointer: join(pointer, 'numbered') } });
  numbered.checked = table.numbered === true;
  numbered.addEventListener('change', () => (numbered.checked ? store.set(join(pointer, 'numbered'), true) : store.remove(join(pointer, 'numbered'))));

  return h('div', { class: 'table-editor', id },
    h('div', { class: 'options-row' },
      option('caption', 'Tên bảng', 'Bảng 1. Dự toán kinh phí'),
      option('unit', 'Đơn vị tính', 'Đơn vị tính: triệu đồng'),
      h('span', { class: 'option check' }, numbered, h('label', { for: nid }, 'Cột STT tự đánh số'))),
    h('div', { class: 'grid-scroll' }, grid),
    merged ? h('p', { class: 'hint' }, 'Bảng có ô gộp: sửa được nội dung từng ô; thêm, bớt cột trong tệp JSON.') : null,
    h('div', { class: 'table-actions' },
      h('button', { type: 'button', class: 'small', onClick: () => restructure((t) => { t.rows = t.rows ?? []; t.rows.push(padRow([], ncols)); }, join(pointer, 'rows', rows.length, 0)) }, '+ Thêm dòng'),
      merged ? null : h('button', { type: 'button', class: 'small', onClick: () => restructure((t) => {
        if (Array.isArray(t.columns)) t.columns.push(1);
        if (multiHeader) t.header.forEach((r) => r.push('')); else if (Array.isArray(t.header)) t.header.push('');
        for (const r of (t.rows ?? []).map(cellsOf).filter(Boolean)) r.push('');
      }, Array.isArray(table.header) ? join(headerPointer(0), ncols) : join(pointer, 'rows', 0, ncols)) }, '+ Thêm cột'),
      h('button', { type: 'button', class: 'small', onClick: () => restructure((t) => { t.rows = t.rows ?? []; t.rows.push({ group: '' }); }, join(pointer, 'rows', rows.length, 'group')) }, '+ Thêm dòng nhóm'),
      headerRows.length ? h('button', { type: 'button', class: 'small', onClick: () => restructure((t) => { delete t.header; }, join(pointer, 'rows', 0, 0)) }, 'Bỏ hàng tiêu đề')
        : h('button', { type: 'button', class: 'small', onClick: () => restructure((t) => { t.header = padRow([], ncols); }, join(pointer, 'header', 0)) }, '+ Thêm hàng tiêu đề')));
}
