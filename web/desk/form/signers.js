// Chữ ký (ô 7): one card per signer — quyền hạn ký (the profile's TM./KT./TL./… or T/M, K/T,
// …) and the organ or position after it, chức vụ, họ và tên, the signature and seal images.
// Several signers sit side by side on the page (liên tịch, biên bản).

import { h, uid } from '../dom.js';
import { join } from '../pointer.js';
import { register, linesField, textField, imageField, itemTools, part } from './fields.js';

/** Splits "KT. GIÁM ĐỐC" into ["KT.", "GIÁM ĐỐC"] with the prefixes any profile knows. */
export function splitAuthority(line, prefixes) {
  const text = String(line ?? '');
  for (const prefix of prefixes) {
    if (text === prefix) return [prefix, ''];
    if (text.startsWith(prefix + ' ')) return [prefix, text.slice(prefix.length + 1).trimStart()];
  }
  return ['', text];
}

const PREFIX_NAMES = {
  'TM.': 'TM. (thay mặt tập thể)', 'KT.': 'KT. (ký thay)', 'TL.': 'TL. (thừa lệnh)', 'TUQ.': 'TUQ. (thừa ủy quyền)', 'Q.': 'Q. (quyền)',
  'T/M': 'T/M (thay mặt)', 'K/T': 'K/T (ký thay)', 'T/L': 'T/L (thừa lệnh)',
};

/** One line of quyền hạn ký: the prefix as a select, the organ or position as text. */
function authorityLine(ctx, { pointer, value, lines, index, signerName, profilePrefixes, allPrefixes, write }) {
  const [prefix, rest] = splitAuthority(value, allPrefixes);
  const sid = uid(), tid = uid();
  const options = [['', 'Không (ký trực tiếp)'], ...profilePrefixes.map((p) => [p, PREFIX_NAMES[p] ?? p])];
  if (prefix && !profilePrefixes.includes(prefix)) options.push([prefix, `${prefix} (không theo hệ thống văn bản này)`]);
  const messages = h('div', { class: 'messages' });
  const select = h('select', { id: sid, dataset: { pointer }, 'aria-describedby': `${tid}-hint` }, options.map(([v, t]) => h('option', { value: v }, t)));
  select.value = prefix;
  const input = h('input', { id: tid, type: 'text', class: 'upper', dataset: { pointer }, autocomplete: 'off', placeholder: 'ỦY BAN NHÂN DÂN / GIÁM ĐỐC' });
  input.value = rest;
  const compose = () => [select.value, input.value].filter(Boolean).join(' ');
  select.addEventListener('change', () => write(index, compose()));
  input.addEventListener('input', () => write(index, compose()));
  const removeLine = lines.length > 1 ? h('button', { type: 'button', class: 'icon danger', 'aria-label': `Xóa dòng quyền hạn ${index + 1}`, onClick: () => write(index, null) }, '×') : null;
  const wrap = h('div', { class: 'field authority', dataset: { field: pointer } },
    h('div', { class: 'authority-row' },
      h('span', { class: 'option' }, h('label', { for: sid }, index === 0 ? 'Quyền hạn ký' : `Quyền hạn ký, dòng ${index + 1}`), select),
      h('span', { class: 'option grow' }, h('label', { for: tid }, 'Tên cơ quan hoặc chức vụ người đứng đầu'), input),
      removeLine),
    index === 0 ? h('p', { class: 'hint', id: `${tid}-hint` }, 'Ví dụ: TM. ỦY BAN NHÂN DÂN; KT. GIÁM ĐỐC; TL. BỘ TRƯỞNG. Thủ trưởng cơ quan ký trực tiếp thì chọn "Không (ký trực tiếp)" và để trống ô bên cạnh.') : null,
    messages);
  register(pointer, { wrap, focus: select, messages, label: `Quyền hạn ký — ${signerName}` });
  return wrap;
}

function signerCard(ctx, arrayPointer, signer, index, count) {
  const pointer = join(arrayPointer, index);
  const { store, profiles } = ctx;
  const name = `Người ký ${index + 1}`;
  const authorityPointer = join(pointer, 'authority');
  const value = signer.authority;
  const lines = Array.isArray(value) ? value : value == null ? [''] : [value];
  const write = (i, text) => {
    const next = [...lines];
    if (text === null) next.splice(i, 1); else next[i] = text;
    const kept = next.length === 1 ? next[0] : next;
    const structural = text === null;
    if (kept === '' || (Array.isArray(kept) && kept.every((x) => x === ''))) store.remove(authorityPointer, { structural, coalesce: authorityPointer });
    else store.set(authorityPointer, kept, { structural, coalesce: authorityPointer, focus: structural ? authorityPointer : undefined });
  };
  const doc = store.doc;
  const profilePrefixes = profiles.prefixes(doc);
  const allPrefixes = profiles.allPrefixes();
  const authority = lines.map((line, i) => authorityLine(ctx, {
    pointer: Array.isArray(value) ? join(authorityPointer, i) : authorityPointer,
    value: line, lines, index: i, signerName: name, profilePrefixes, allPrefixes, write,
  }));
  register(authorityPointer, { wrap: authority[0], focus: authority[0].querySelector('select'), messages: authority[0].querySelector('.messages'), label: `Quyền hạn ký — ${name}` });
  const addLine = h('button', { type: 'button', class: 'small', onClick: () => store.set(authorityPointer, [...lines, ''], { structural: true, focus: join(authorityPointer, lines.length) }) }, '+ Thêm dòng quyền hạn (TL., KT. hai cấp)');
  const more = ['caption', 'after', 'sealSize'].some((k) => k in signer);
  const card = h('div', { class: 'card signer', dataset: { field: pointer } },
    h('div', { class: 'card-head' }, h('h3', {}, name), h('span', { class: 'spacer' }), itemTools(ctx, { arrayPointer, index, count, name: name.toLowerCase() })),
    authority, addLine,
    linesField(ctx, { pointer: join(pointer, 'title'), label: 'Chức vụ', hint: 'Chức vụ của người ký, ví dụ PHÓ GIÁM ĐỐC; người ký không có chức vụ thì để trống.', placeholder: 'PHÓ GIÁM ĐỐC', context: name, upper: true }),
    textField(ctx, { pointer: join(pointer, 'name'), label: 'Họ và tên', hint: 'Không ghi học hàm, học vị (TS., ThS.) trước họ tên.', placeholder: 'Nguyễn Văn An', context: name }),
    h('div', { class: 'images' },
      imageField(ctx, { pointer: join(pointer, 'signature'), label: 'Chữ ký', hint: 'Ảnh PNG nền trong suốt (bản điện tử).', context: name }),
      imageField(ctx, { pointer: join(pointer, 'seal'), label: 'Con dấu', hint: 'Ảnh PNG màu đỏ, nền trong suốt; đóng trùm 1/3 chữ ký bên trái.', context: name })),
    h('details', { class: 'more', open: more },
      h('summary', {}, 'Thêm: dòng trên, dòng dưới chữ ký, cỡ dấu'),
      linesField(ctx, { pointer: join(pointer, 'caption'), label: 'Dòng trên chữ ký (giữ nguyên chữ hoa, thường)', hint: 'Ví dụ ô xác nhận của giấy nghỉ phép.', context: name }),
      linesField(ctx, { pointer: join(pointer, 'after'), label: 'Dòng dưới họ tên', context: name }),
      textField(ctx, { pointer: join(pointer, 'sealSize'), label: 'Đường kính con dấu', hint: 'Ví dụ 36mm (10–80 mm); để trống: 35 mm.', placeholder: '35mm', context: name })));
  register(pointer, { wrap: card, focus: authority[0].querySelector('select'), messages: null, label: name });
  return card;
}

/** The signers at `pointer` (`/signers`, `/copy/signers`) as cards, with "Thêm người ký". */
export function signerCards(ctx, pointer = '/signers') {
  const { store } = ctx;
  const signers = Array.isArray(store.get(pointer)) ? store.get(pointer) : [];
  const messages = h('div', { class: 'messages' });
  const add = h('button', { type: 'button', class: 'add', dataset: { pointer: `${pointer}#add` }, onClick: () => store.insert(pointer, signers.length, {}, { focus: join(pointer, signers.length) }) }, '+ Thêm người ký (văn bản liên tịch, biên bản)');
  const wrap = h('div', { class: 'signers' },
    signers.map((s, i) => signerCard(ctx, pointer, s && typeof s === 'object' ? s : {}, i, signers.length)), add, messages);
  register(pointer, { wrap, focus: wrap.querySelector('select, input') ?? add, messages, label: 'Chữ ký' });
  return wrap;
}

export function signersPart(ctx) {
  return part({ title: 'Chữ ký, con dấu', id: 'part-signers', hint: 'Quyền hạn ký, chức vụ, họ tên người ký (ô 7). Nhiều người ký thì xếp cạnh nhau trên trang.' },
    signerCards(ctx, '/signers'));
}
