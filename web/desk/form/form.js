// The form: the parts of the chosen type in page order (NĐ30 Phụ lục I numbering of the ô in
// the titles). Typing writes into the document at once; adding, removing or moving something
// rebuilds the form from the document, keeping the focus and the scroll position.

import { h } from '../dom.js';
import {
  registry, register, fieldFor, part, textField, linesField, selectField, seqField, dateField, rowsField,
} from './fields.js';
import { signersPart, signerCards } from './signers.js';
import { appendicesPart, attachmentsPart } from './appendices.js';
import { blockList } from '../body-editor.js';

/** The members the form edits; any other top-level member is kept and listed. */
const KNOWN = new Set(['$comment', 'profile', 'type', 'issuer', 'issuedBy', 'number', 'place', 'date', 'created', 'title', 'subject',
  'authority', 'addressees', 'addresseeLabel', 'bases', 'decision', 'body', 'closing', 'signers', 'distribution', 'drafter',
  'contact', 'attachments', 'appendices', 'marks', 'copy', 'keywords', 'signingInfo']);

const URGENCY = [['KHẨN', 'KHẨN'], ['THƯỢNG KHẨN', 'THƯỢNG KHẨN'], ['HỎA TỐC', 'HỎA TỐC']];
const SECRECY = [['MẬT', 'MẬT'], ['TỐI MẬT', 'TỐI MẬT'], ['TUYỆT MẬT', 'TUYỆT MẬT']];
const CIRCULATION = [['XEM XONG TRẢ LẠI', 'XEM XONG TRẢ LẠI'], ['LƯU HÀNH NỘI BỘ', 'LƯU HÀNH NỘI BỘ']];
const COPY_FORMS = [['SAO Y', 'Sao y'], ['SAO LỤC', 'Sao lục'], ['TRÍCH SAO', 'Trích sao']];
const DIEU_TYPES = new Set(['quyet-dinh', 'nghi-quyet', 'quy-che', 'quy-dinh']);

export function createForm(ctx, root) {
  const { store, profiles } = ctx;
  let appliesNote = null;
  // Parts the clerk asked for that the document does not hold yet (shown empty until typed in).
  const extraParts = new Set();

  function typePart(doc) {
    const systems = profiles.systems(doc.profile);
    const types = profiles.types(doc.profile, doc.date).map((t) => [t.id, t.displayName]);
    appliesNote = h('p', { class: 'hint applies' }, profiles.appliesText(doc.profile ?? 'nd30', doc.date));
    const system = selectField(ctx, {
      pointer: '/profile', label: 'Hệ thống văn bản', options: systems, value: doc.profile ?? 'nd30',
      onChange: (v) => store.set('/profile', v, { structural: true, focus: '/profile' }),
    });
    system.append(appliesNote);
    return part({ title: 'Loại văn bản', id: 'part-type' },
      h('div', { class: 'grid-type' },
        system,
        selectField(ctx, {
          pointer: '/type', label: 'Loại văn bản (tên loại)', options: types, value: doc.type ?? 'van-ban',
          onChange: (v) => store.set('/type', v, { structural: true, focus: '/type' }),
        })));
  }

  function headerParts(doc, type) {
    const party = profiles.isParty(doc);
    const code = type?.code;
    const symbolExample = party ? `${code ?? 'CV'}/BTGTU` : code ? `${code}-UBND` : 'SNV-VP';
    return [
      part({ title: 'Cơ quan ban hành (ô 2)', id: 'part-issuer', hint: party ? 'Dòng "ĐẢNG CỘNG SẢN VIỆT NAM" phần mềm tự in.' : 'Quốc hiệu, Tiêu ngữ (ô 1) phần mềm tự in.' },
        linesField(ctx, { pointer: '/issuer/parent', label: 'Cơ quan chủ quản (nếu có)', hint: 'Mỗi dòng trên trang một dòng ở đây; viết như trên trang, ví dụ UBND TỈNH TRÀ VINH.', placeholder: party ? 'TỈNH ỦY TRÀ VINH' : 'UBND TỈNH TRÀ VINH', upper: true }),
        linesField(ctx, { pointer: '/issuer/name', label: 'Cơ quan ban hành', hint: 'In đậm; hai, ba cấp thì mỗi cấp một dòng.', placeholder: party ? 'BAN TUYÊN GIÁO' : 'SỞ NỘI VỤ', upper: true })),
      part({ title: 'Số, ký hiệu (ô 3)', id: 'part-number' },
        h('div', { class: 'grid2 narrow-first' },
          seqField(ctx, { pointer: '/number/seq', label: 'Số', hint: 'Để trống cho văn thư điền khi ban hành.' }),
          textField(ctx, { pointer: '/number/symbol', label: 'Ký hiệu', placeholder: symbolExample, hint: party ? `Chỉ ghi ký hiệu, ví dụ ${symbolExample}; "Số", số và dấu "-" phần mềm tự in.` : `Chỉ ghi ký hiệu, ví dụ ${symbolExample}; "Số:", số và dấu "/" phần mềm tự in.` }))),
      part({ title: 'Địa danh, ngày tháng năm ban hành (ô 4)', id: 'part-date', hint: type && !type.headerDate ? 'Loại văn bản này không in địa danh, ngày tháng ở phần đầu trang.' : null },
        h('div', { class: 'grid2 grid-date' },
          textField(ctx, { pointer: '/place', label: 'Địa danh', placeholder: 'Trà Vinh', hint: 'Ví dụ: Trà Vinh, Hà Nội, Thành phố Hồ Chí Minh.' }),
          dateField(ctx, {
            pointer: '/date', label: 'Ngày tháng năm ban hành', hint: 'Bản dự thảo có thể để trống ngày, tháng.',
            onChange: (iso) => { if (appliesNote) appliesNote.textContent = profiles.appliesText(store.doc.profile ?? 'nd30', iso); },
          }))),
    ];
  }

  function marksPart(doc) {
    const marks = doc.marks && typeof doc.marks === 'object' ? doc.marks : {};
    return part({ title: 'Độ khẩn, độ mật, phạm vi lưu hành (ô 10, 11)', id: 'part-marks', collapsible: true, open: Object.keys(marks).length > 0 },
      h('div', { class: 'grid2' },
        selectField(ctx, { pointer: '/marks/urgency', label: 'Độ khẩn', options: URGENCY, empty: 'Không' }),
        selectField(ctx, { pointer: '/marks/secrecy', label: 'Độ mật', options: SECRECY, empty: 'Không' }),
        selectField(ctx, { pointer: '/marks/circulation', label: 'Phạm vi lưu hành', options: CIRCULATION, empty: 'Không' }),
        textField(ctx, { pointer: '/marks/draft', label: 'Dự thảo', placeholder: 'Dự thảo lần 2', hint: 'Ghi khi gửi xin ý kiến; xóa khi trình ký.' })));
  }

  function subjectPart(doc, type) {
    const underNumber = type?.subjectUnderNumber;
    const name = type?.name;
    return part({ title: 'Tên loại và trích yếu nội dung (ô 5)', id: 'part-subject', hint: name ? `Tên loại "${name}" phần mềm tự in theo loại văn bản.` : null },
      linesField(ctx, {
        pointer: '/subject', label: underNumber ? 'Trích yếu nội dung (in sau "V/v")' : 'Trích yếu nội dung',
        hint: underNumber ? 'Không gõ "V/v": phần mềm tự in dưới số, ký hiệu.' : 'Viết ngắn gọn, chữ đầu viết hoa; mỗi dòng ở đây là một dòng trên trang.',
        placeholder: underNumber ? 'đề nghị cử công chức tham gia lớp bồi dưỡng' : 'Về việc …',
      }));
  }

  function addresseesPart() {
    return part({ title: 'Kính gửi (ô 9a)', id: 'part-addressees', hint: 'Mỗi nơi nhận một dòng, không gõ dấu "-", ";" hay "." — phần mềm tự thêm.' },
      rowsField(ctx, { pointer: '/addressees', label: 'Kính gửi', rowName: 'Nơi được kính gửi', addLabel: 'Thêm nơi được kính gửi', placeholder: 'Các sở, ban, ngành tỉnh' }));
  }

  function basesPart() {
    return part({ title: 'Thẩm quyền và căn cứ ban hành', id: 'part-bases' },
      linesField(ctx, { pointer: '/authority', label: 'Thẩm quyền ban hành', placeholder: 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH', hint: 'Dòng in giữa trang trước các căn cứ.', upper: true }),
      rowsField(ctx, { pointer: '/bases', label: 'Căn cứ ban hành', rowName: 'Căn cứ', addLabel: 'Thêm căn cứ', placeholder: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015', hint: 'Không gõ ";" hay "." cuối dòng: phần mềm tự thêm. Dòng cuối có thể là "Theo đề nghị của …".' }));
  }

  function bodyPart(doc) {
    return part({ title: 'Nội dung (ô 6)', id: 'part-body', hint: 'Enter: đoạn mới; Shift+Enter: xuống dòng trong đoạn; Ctrl+B đậm, Ctrl+I nghiêng; Alt+↑/↓ chuyển khối. "./." cuối văn bản phần mềm tự thêm.' },
      blockList(ctx, '/body', { context: 'Nội dung', defaultLevel: DIEU_TYPES.has(doc.type) ? 'dieu' : 'roman' }));
  }

  function distributionPart(doc) {
    const example = profiles.resolve(doc.profile, doc.date)?.lastDistributionExample ?? 'Lưu: VT, TCCB';
    const rows = Array.isArray(doc.distribution) ? doc.distribution.length : doc.distribution ? 1 : 0;
    return part({ title: 'Nơi nhận (ô 9b)', id: 'part-distribution' },
      rowsField(ctx, {
        pointer: '/distribution', label: 'Nơi nhận', rowName: 'Nơi nhận', addLabel: 'Thêm nơi nhận', placeholder: 'UBND tỉnh (để b/c)',
        placeholders: rows ? { [rows - 1]: example } : {},
        hint: `Mỗi nơi nhận một dòng, không gõ dấu "-", ";" — phần mềm tự thêm. Dòng cuối là nơi lưu, ví dụ "${example}".`,
      }),
      h('div', { class: 'grid2' },
        textField(ctx, { pointer: '/drafter', label: 'Người soạn thảo, số bản (ô 12)', placeholder: 'NVA(02)', hint: 'Chữ viết tắt tên người soạn thảo và số bản, in sau dòng "Lưu".' })),
      rowsField(ctx, { pointer: '/contact', label: 'Thông tin liên hệ (ô 13)', rowName: 'Dòng liên hệ', addLabel: 'Thêm dòng liên hệ', placeholder: 'Địa chỉ: …; ĐT: …; Email: …', hint: 'In ở chân trang đầu, dưới một đường kẻ (nếu cần).' }));
  }

  function copyPart(doc) {
    return part({ title: 'Bản sao (sao y, sao lục, trích sao)', id: 'part-copy', hint: 'Phần in sau văn bản được sao, dưới một đường kẻ.' },
      selectField(ctx, { pointer: '/copy/form', label: 'Hình thức sao', options: COPY_FORMS }),
      linesField(ctx, { pointer: '/copy/issuer/parent', label: 'Cơ quan chủ quản của cơ quan sao', upper: true, context: 'Bản sao' }),
      linesField(ctx, { pointer: '/copy/issuer/name', label: 'Cơ quan sao', upper: true, context: 'Bản sao' }),
      h('div', { class: 'grid2 narrow-first' },
        seqField(ctx, { pointer: '/copy/number/seq', label: 'Số bản sao' }),
        textField(ctx, { pointer: '/copy/number/symbol', label: 'Ký hiệu bản sao', placeholder: 'SY-VP', context: 'Bản sao' })),
      h('div', { class: 'grid2 grid-date' },
        textField(ctx, { pointer: '/copy/place', label: 'Địa danh', context: 'Bản sao' }),
        dateField(ctx, { pointer: '/copy/date', label: 'Ngày sao', context: 'Bản sao' })),
      h('h3', { class: 'sub-title' }, 'Người ký bản sao'),
      signerCards(ctx, '/copy/signers'),
      rowsField(ctx, { pointer: '/copy/distribution', label: 'Nơi nhận bản sao', rowName: 'Nơi nhận bản sao', addLabel: 'Thêm nơi nhận', context: 'Bản sao' }),
      h('button', { type: 'button', class: 'small danger', onClick: () => store.remove('/copy', { structural: true, focus: '/body' }) }, 'Bỏ phần bản sao'));
  }

  function signingInfoPart(doc) {
    return part({ title: 'Thông tin ký số (ô 14)', id: 'part-signing', collapsible: true, open: 'signingInfo' in doc, hint: 'Chỉ dùng cho bản điện tử đã ký số: in cỡ 10 ở góc trên bên phải trang đầu.' },
      h('div', { class: 'grid2' },
        textField(ctx, { pointer: '/signingInfo/text', label: 'Cơ quan ký số (hoặc số, ký hiệu)', placeholder: 'Sở Nội vụ tỉnh Trà Vinh' }),
        textField(ctx, { pointer: '/signingInfo/time', label: 'Thời gian ký', placeholder: '2024-03-05T09:30:15+07:00', hint: 'Dạng năm-tháng-ngàyTgiờ:phút:giây+07:00.' })));
  }

  function optionsPart(doc) {
    const keys = ['title', 'issuedBy', 'decision', 'closing', 'addresseeLabel', 'keywords', 'created'];
    return part({ title: 'Tùy chọn khác', id: 'part-options', collapsible: true, open: keys.some((k) => k in doc) },
      textField(ctx, { pointer: '/title', label: 'Tên loại thay cho tên mặc định', placeholder: 'Ví dụ: KẾ HOẠCH LIÊN TỊCH', upper: true }),
      textField(ctx, { pointer: '/issuedBy', label: 'Cơ quan, người ban hành (viết trong câu)', placeholder: 'Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh', hint: 'Dùng trong dòng "(Kèm theo Quyết định số … của …)" của phụ lục, văn bản kèm theo.' }),
      textField(ctx, { pointer: '/decision', label: 'Dòng quyết định thay cho mặc định', placeholder: 'QUYẾT ĐỊNH:', hint: 'Để trống: theo loại văn bản.' }),
      textField(ctx, { pointer: '/closing', label: 'Dấu kết thúc thay cho "./."', placeholder: './.' }),
      textField(ctx, { pointer: '/addresseeLabel', label: 'Thay chữ "Kính gửi:"', placeholder: 'THỦ TƯỚNG CHÍNH PHỦ điện:', hint: 'Công điện: dòng in giữa trước nơi nhận.' }),
      linesField(ctx, { pointer: '/keywords', label: 'Từ khóa của tệp PDF (mỗi dòng một từ khóa)' }));
  }

  function addPartsBar(doc, shown) {
    const offers = [
      ['addressees', 'Kính gửi', () => { extraParts.add('addressees'); rebuild('/addressees/0'); }],
      ['bases', 'Thẩm quyền, căn cứ ban hành', () => { extraParts.add('bases'); rebuild('/authority'); }],
      ['appendices', 'Phụ lục', () => store.set('/appendices', [{ title: '', body: [''] }], { structural: true, focus: '/appendices/0/title' })],
      ['attachments', 'Văn bản ban hành kèm theo', () => store.set('/attachments', [{ type: 'quy-che', subject: '', body: [{ heading: 'Chương I', title: 'Quy định chung' }, { heading: 'Điều 1.', title: '' }] }], { structural: true, focus: '/attachments/0/subject' })],
      ['copy', 'Bản sao', () => store.set('/copy', { form: 'SAO Y', signers: [{}], distribution: [''] }, { structural: true, focus: '/copy/form' })],
    ].filter(([key]) => !shown[key]);
    if (!offers.length) return null;
    return h('div', { class: 'add-parts', role: 'group', 'aria-label': 'Thêm phần khác' },
      h('span', { class: 'add-label' }, 'Thêm phần:'),
      offers.map(([, label, onClick]) => h('button', { type: 'button', class: 'small', onClick }, `+ ${label}`)));
  }

  function unknownNote(doc) {
    const unknown = Object.keys(doc).filter((k) => !KNOWN.has(k));
    if (!unknown.length) return null;
    return h('p', { class: 'hint kept' }, `Giữ nguyên từ tệp (không có trong mẫu): ${unknown.join(', ')}.`);
  }

  function build() {
    const doc = store.doc;
    const type = profiles.type(doc);
    const shown = {
      addressees: Boolean(type?.addressees) || 'addressees' in doc || 'addresseeLabel' in doc || extraParts.has('addressees'),
      bases: Boolean(type?.decision) || 'bases' in doc || 'authority' in doc || extraParts.has('bases'),
      appendices: 'appendices' in doc,
      attachments: 'attachments' in doc,
      copy: 'copy' in doc,
    };
    const parts = [
      typePart(doc),
      ...headerParts(doc, type),
      marksPart(doc),
      subjectPart(doc, type),
      shown.addressees && !type?.decision ? addresseesPart() : null,
      shown.bases ? basesPart() : null,
      shown.addressees && type?.decision ? addresseesPart() : null,
      bodyPart(doc),
      signersPart(ctx),
      distributionPart(doc),
      shown.attachments ? attachmentsPart(ctx) : null,
      shown.appendices ? appendicesPart(ctx) : null,
      shown.copy ? copyPart(doc) : null,
      signingInfoPart(doc),
      optionsPart(doc),
      addPartsBar(doc, shown),
      unknownNote(doc),
    ];
    const messages = h('div', { class: 'messages' });
    const wrap = h('div', { class: 'form-parts' }, parts, messages);
    register('', { wrap, focus: root, messages: null, label: 'Văn bản' });
    return wrap;
  }

  /** Focuses the element editing `pointer` (or the nearest field above it) and puts the caret. */
  function focusPointer(target, { scroll = true } = {}) {
    const { pointer, caret, nth = 0 } = typeof target === 'string' ? { pointer: target } : target;
    const all = [...root.querySelectorAll('[data-pointer]')];
    let el = all.filter((e) => e.dataset.pointer === pointer)[nth]
      ?? all.find((e) => e.dataset.pointer === pointer)
      ?? all.find((e) => e.dataset.pointer.startsWith(pointer + '/'));
    if (!el) el = fieldFor(pointer)?.focus;
    if (!el) return null;
    // A field inside a closed <details> is opened first.
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
    el.focus({ preventScroll: true });
    if (scroll) el.scrollIntoView({ block: 'nearest' });
    if (caret != null && typeof el.setSelectionRange === 'function') {
      try { el.setSelectionRange(caret, caret); } catch { /* not a text control */ }
    }
    return el;
  }

  function rebuild(focus) {
    const active = document.activeElement;
    let remembered = null;
    if (active && root.contains(active) && active.dataset?.pointer) {
      const same = [...root.querySelectorAll('[data-pointer]')].filter((e) => e.dataset.pointer === active.dataset.pointer);
      remembered = { pointer: active.dataset.pointer, nth: same.indexOf(active), caret: typeof active.selectionStart === 'number' ? active.selectionStart : null };
    }
    const scroll = root.scrollTop;
    const openDetails = new Set([...root.querySelectorAll('details[id]')].filter((d) => d.open).map((d) => d.id));
    registry.clear();
    root.replaceChildren(build());
    for (const id of openDetails) { const d = root.querySelector(`#${id}`); if (d) d.open = true; }
    root.scrollTop = scroll;
    const target = focus ?? remembered;
    if (target) focusPointer(target, { scroll: Boolean(focus) });
    root.dispatchEvent(new CustomEvent('rebuilt', { bubbles: true }));
  }

  return { rebuild, focusPointer, forget: () => extraParts.clear() };
}
