// The desk (docs/desk.md): a Vietnamese editor for VanBan documents with a live preview, served
// by `vanban serve` at /. This module wires the parts together; each part is its own module in
// desk/: the document (state), the form, the body editor, the preview, the problems, the drafts
// (storage), the downloads (output) and the start dialog.

import * as api from './desk/api.js';
import { Store } from './desk/state.js';
import { Profiles } from './desk/profiles.js';
import { createForm } from './desk/form/form.js';
import { createPreview } from './desk/preview.js';
import { createProblems } from './desk/problems.js';
import { createStorage, draftTitle } from './desk/storage.js';
import { createOutput } from './desk/output.js';
import { createStart } from './desk/start.js';

const $ = (id) => document.getElementById(id);

function banner(text) {
  const el = $('banner');
  el.textContent = text;
  el.hidden = !text;
}

let toastTimer = 0;
function toast(text, kind = '') {
  const el = $('toast');
  el.textContent = text;
  el.dataset.kind = kind;
  el.classList.add('shown');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove('shown'), kind === 'error' ? 8000 : 4500);
}

/** A yes/no question in the page's own dialog. */
function confirmDialog(text, yes = 'Đồng ý') {
  const dialog = $('confirm-dialog');
  $('confirm-text').textContent = text;
  $('confirm-yes').textContent = yes;
  return new Promise((resolve) => {
    const done = (answer) => { dialog.close(); resolve(answer); };
    $('confirm-yes').onclick = () => done(true);
    $('confirm-no').onclick = () => done(false);
    dialog.oncancel = () => resolve(false);
    dialog.showModal();
    $('confirm-no').focus();
  });
}

async function main() {
  let profileList, examples;
  try {
    [profileList, examples] = await Promise.all([api.profiles(), api.examples()]);
  } catch {
    banner('Không kết nối được với máy chủ VanBan. Kiểm tra "vanban serve" còn chạy rồi tải lại trang.');
    return;
  }
  const profiles = new Profiles(profileList);
  const store = new Store();
  const ctx = { store, profiles };
  const formRoot = $('form');
  const form = createForm(ctx, formRoot);

  const problems = createProblems({
    store, list: $('problems'), count: $('problems-count'), toggle: $('problems-toggle'), fixAllButton: $('fix-all'),
    focusPointer: (pointer) => form.focusPointer(pointer),
  });
  const preview = createPreview({
    store, container: $('preview'), status: $('preview-status'), pageCount: $('page-count'), zoomLevel: $('zoom-level'),
    onResult: (result) => problems.fromPreview(result),
  });
  const storage = createStorage({
    store,
    typeName: (id) => profiles.typeName(id ?? 'van-ban'),
    onSaved: (at) => { $('save-state').textContent = `Đã lưu bản nháp lúc ${at.toLocaleTimeString('vi-VN')}`; },
    onError: () => banner('Trình duyệt không lưu được bản nháp (bộ nhớ đầy, thường do ảnh chữ ký, con dấu lớn). Hãy "Tải JSON" để giữ văn bản.'),
  });
  const output = createOutput({
    store, toast, dialog: $('render-dialog'), problemsList: $('render-problems'),
    signFields: () => $('opt-sign-fields').checked,
    pdfa: () => $('opt-pdfa').checked,
    onBlocked: () => { $('problems').querySelector('button')?.focus(); },
  });

  const updateChrome = () => {
    const doc = store.doc;
    const title = draftTitle(doc, profiles.typeName(doc.type ?? 'van-ban'));
    $('doc-title').textContent = title;
    document.title = `${title} — Bàn soạn thảo VanBan`;
    $('undo').disabled = !store.canUndo;
    $('redo').disabled = !store.canRedo;
  };
  store.addEventListener('change', (event) => {
    if (event.detail.reason === 'load') form.forget();
    if (event.detail.structural) form.rebuild(event.detail.focus);
    updateChrome();
  });
  // The preview follows the form: the page of the field being edited, or of the part scrolled to.
  formRoot.addEventListener('focusin', (event) => {
    const pointer = event.target.dataset?.pointer;
    if (pointer) preview.reveal(pointer);
  });
  let followTimer = 0;
  formRoot.addEventListener('scroll', () => {
    clearTimeout(followTimer);
    followTimer = setTimeout(() => {
      const box = formRoot.getBoundingClientRect();
      const under = document.elementFromPoint(box.left + 60, box.top + 40);
      const field = under?.closest('[data-field]') ?? under?.closest('.part')?.querySelector('[data-pointer]');
      const pointer = field?.dataset.field ?? field?.dataset.pointer;
      if (pointer) preview.reveal(pointer);
    }, 200);
  }, { passive: true });

  // Opening documents.
  const loadDocument = (doc, { draft = false } = {}) => {
    if (!draft) storage.startNew();
    store.load(doc);
    formRoot.scrollTop = 0;
  };
  const openExample = async (id) => {
    try {
      loadDocument(await api.example(id));
      toast('Đã mở văn bản mẫu. Mọi thay đổi được lưu thành bản nháp trong trình duyệt này.');
    } catch {
      toast(`Không mở được văn bản mẫu "${id}".`, 'error');
      if (!Object.keys(store.doc).length) { store.load(profiles.newDocument(), { persist: false }); start.open(); }
    }
  };
  const openFile = async (file) => {
    let doc;
    try { doc = JSON.parse(await file.text()); } catch (error) {
      return `Tệp "${file.name}" không phải JSON hợp lệ (${error.message}).`;
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return `Tệp "${file.name}" không chứa một văn bản (cần một đối tượng JSON).`;
    loadDocument(doc);
    toast(`Đã mở ${file.name}.`);
    return null;
  };
  const start = createStart({
    dialog: $('start-dialog'), profiles, examples, storage,
    onNew: (choice) => loadDocument(profiles.newDocument(choice)),
    onExample: openExample,
    onFile: openFile,
    onDraft: (id) => { const doc = storage.open(id); if (doc) loadDocument(doc, { draft: true }); },
  });

  // The toolbar.
  $('open-start').addEventListener('click', () => start.open());
  $('undo').addEventListener('click', () => store.undo());
  $('redo').addEventListener('click', () => store.redo());
  $('download-pdf').addEventListener('click', () => output.pdf());
  $('download-boxes').addEventListener('click', () => { $('pdf-options').open = false; output.boxes(); });
  $('download-json').addEventListener('click', () => output.json());
  $('print').addEventListener('click', () => output.print());
  $('zoom-in').addEventListener('click', () => preview.zoomIn());
  $('zoom-out').addEventListener('click', () => preview.zoomOut());
  $('zoom-fit').addEventListener('click', () => preview.zoomFit());
  $('opt-sign-fields').checked = localStorage.getItem('vanban-desk:sign-fields') !== 'false';
  $('opt-sign-fields').addEventListener('change', () => localStorage.setItem('vanban-desk:sign-fields', String($('opt-sign-fields').checked)));
  $('opt-pdfa').checked = localStorage.getItem('vanban-desk:pdfa') === 'true';
  $('opt-pdfa').addEventListener('change', () => localStorage.setItem('vanban-desk:pdfa', String($('opt-pdfa').checked)));
  $('clear-draft').addEventListener('click', async () => {
    if (!await confirmDialog('Xóa bản nháp đang soạn khỏi trình duyệt này? Không thể hoàn tác. Muốn giữ lại, hãy "Tải JSON" trước.', 'Xóa bản nháp')) return;
    storage.remove();
    store.load(profiles.newDocument(), { persist: false });
    $('save-state').textContent = 'Đã xóa bản nháp.';
    start.open();
  });

  // Keyboard: Ctrl+S keeps the draft now, Ctrl+P prints the PDF, Ctrl+Z / Ctrl+Y undo outside text fields.
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const inText = event.target.matches?.('input[type="text"], textarea');
    if (key === 's') { event.preventDefault(); storage.flush(); toast('Bản nháp đã được lưu trong trình duyệt. Dùng "Tải JSON" để lưu thành tệp.'); }
    else if (key === 'p') { event.preventDefault(); output.print(); }
    else if (key === 'z' && !inText && !event.shiftKey) { event.preventDefault(); store.undo(); }
    else if ((key === 'y' || (key === 'z' && event.shiftKey)) && !inText) { event.preventDefault(); store.redo(); }
  });

  // A JSON file dropped anywhere on the page is opened.
  document.addEventListener('dragover', (event) => { if (event.dataTransfer?.types?.includes('Files')) event.preventDefault(); });
  document.addEventListener('drop', async (event) => {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    const error = await openFile(file);
    if (error) toast(error, 'error');
  });

  // What to open first: ?example=NAME, else the draft kept in this browser, else the start dialog.
  const params = new URLSearchParams(location.search);
  const example = params.get('example');
  if (example) {
    await openExample(example);
    history.replaceState(null, '', '/');
  } else {
    const draft = storage.restore();
    if (draft) {
      loadDocument(draft, { draft: true });
      toast('Đã mở lại bản nháp đang soạn.');
    } else {
      store.load(profiles.newDocument(), { persist: false });
      start.open();
    }
  }
  document.body.dataset.ready = 'true';
}

main();
