// Texts after the document: Phụ lục (each from a new page, its own body) and the texts a
// quyết định issues (quy chế, quy định, … in `attachments`), each with the body editor.

import { h } from '../dom.js';
import { join } from '../pointer.js';
import { register, linesField, textField, checkField, selectField, itemTools, part } from './fields.js';
import { blockList, roman } from '../body-editor.js';

function appendixCard(ctx, index, appendix, count) {
  const pointer = join('/appendices', index);
  const name = count > 1 ? `Phụ lục ${roman(index + 1)}` : 'Phụ lục';
  const more = 'label' in appendix || 'reference' in appendix;
  const card = h('div', { class: 'card appendix', dataset: { field: pointer } },
    h('div', { class: 'card-head' }, h('h3', {}, name), h('span', { class: 'spacer' }), itemTools(ctx, { arrayPointer: '/appendices', index, count, name: name.toLowerCase() })),
    linesField(ctx, { pointer: join(pointer, 'title'), label: 'Tên phụ lục', placeholder: 'DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG', context: name, upper: true }),
    checkField(ctx, { pointer: join(pointer, 'landscape'), label: 'Trang nằm ngang (bảng rộng)', context: name }),
    h('details', { class: 'more', open: more },
      h('summary', {}, 'Thêm: nhãn, dòng "Kèm theo…"'),
      textField(ctx, { pointer: join(pointer, 'label'), label: 'Nhãn phụ lục', hint: 'Để trống: "Phụ lục" hoặc "Phụ lục I, II…" tự đánh số.', context: name }),
      textField(ctx, { pointer: join(pointer, 'reference'), label: 'Dòng "Kèm theo…"', hint: 'Để trống: dựng từ số, ngày của văn bản.', context: name })),
    h('h4', { class: 'sub-title' }, `Nội dung ${name.toLowerCase()}`),
    blockList(ctx, join(pointer, 'body'), { context: name }));
  register(pointer, { wrap: card, focus: card.querySelector('textarea, input'), messages: null, label: name });
  return card;
}

export function appendicesPart(ctx) {
  const { store } = ctx;
  const list = Array.isArray(store.get('/appendices')) ? store.get('/appendices') : [];
  const messages = h('div', { class: 'messages' });
  const add = h('button', { type: 'button', class: 'add', dataset: { pointer: '/appendices#add' }, onClick: () => store.insert('/appendices', list.length, { title: '', body: [''] }, { focus: join('/appendices', list.length, 'title') }) }, '+ Thêm phụ lục');
  const section = part({ title: 'Phụ lục', id: 'part-appendices', hint: 'Mỗi phụ lục bắt đầu ở trang mới, có tên, dòng "Kèm theo…" và nội dung riêng.' },
    list.map((a, i) => appendixCard(ctx, i, a && typeof a === 'object' ? a : {}, list.length)), add, messages);
  register('/appendices', { wrap: section, focus: section.querySelector('textarea, input') ?? add, messages, label: 'Phụ lục' });
  return section;
}

function attachmentCard(ctx, index, attachment, count) {
  const pointer = join('/attachments', index);
  const name = `Văn bản kèm theo ${index + 1}`;
  const types = ctx.profiles.types(ctx.store.doc.profile, ctx.store.doc.date).map((t) => [t.id, t.displayName]);
  const card = h('div', { class: 'card attachment', dataset: { field: pointer } },
    h('div', { class: 'card-head' }, h('h3', {}, name), h('span', { class: 'spacer' }), itemTools(ctx, { arrayPointer: '/attachments', index, count, name: name.toLowerCase() })),
    selectField(ctx, { pointer: join(pointer, 'type'), label: 'Loại văn bản kèm theo', options: types, context: name }),
    linesField(ctx, { pointer: join(pointer, 'subject'), label: 'Trích yếu', placeholder: 'Làm việc của Ủy ban nhân dân tỉnh', context: name }),
    textField(ctx, { pointer: join(pointer, 'reference'), label: 'Dòng "Kèm theo…"', hint: 'Để trống: dựng từ số, ngày của quyết định.', context: name }),
    'signers' in attachment ? h('p', { class: 'hint' }, 'Văn bản này có người ký riêng (giữ nguyên như trong tệp).') : h('p', { class: 'hint' }, 'Người ký: như văn bản chính.'),
    h('h4', { class: 'sub-title' }, `Nội dung ${name.toLowerCase()}`),
    blockList(ctx, join(pointer, 'body'), { context: name, defaultLevel: 'dieu' }));
  register(pointer, { wrap: card, focus: card.querySelector('select, textarea, input'), messages: null, label: name });
  return card;
}

export function attachmentsPart(ctx) {
  const { store } = ctx;
  const list = Array.isArray(store.get('/attachments')) ? store.get('/attachments') : [];
  const messages = h('div', { class: 'messages' });
  const add = h('button', { type: 'button', class: 'add', dataset: { pointer: '/attachments#add' }, onClick: () => store.insert('/attachments', list.length, { type: 'quy-che', subject: '', body: [{ heading: 'Chương I', title: 'Quy định chung' }, { heading: 'Điều 1.', title: '' }] }, { focus: join('/attachments', list.length, 'subject') }) }, '+ Thêm văn bản kèm theo (quy chế, quy định…)');
  const section = part({ title: 'Văn bản ban hành kèm theo', id: 'part-attachments', hint: 'Quy chế, quy định… do quyết định này ban hành; mỗi văn bản bắt đầu ở trang mới.' },
    list.map((a, i) => attachmentCard(ctx, i, a && typeof a === 'object' ? a : {}, list.length)), add, messages);
  register('/attachments', { wrap: section, focus: section.querySelector('select, textarea, input') ?? add, messages, label: 'Văn bản kèm theo' });
  return section;
}
