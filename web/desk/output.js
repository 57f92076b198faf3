// What leaves the desk: the PDF (POST /v1/render, optionally with empty signature fields),
// the signature boxes as JSON, the document as JSON, and printing (the PDF opened in a new tab:
// the preview's images are for the screen). A document with thể thức errors is refused (422):
// the clerk sees why and may still take it, clearly labelled.

import * as api from './api.js';
import { h, downloadBlob, safeFileName } from './dom.js';

export function fileBase(doc) {
  const number = doc.number && (doc.number.seq != null || doc.number.symbol)
    ? [doc.number.seq != null ? String(doc.number.seq).padStart(2, '0') : '', doc.number.symbol ?? ''].filter(Boolean).join('-')
    : doc.type ?? 'van-ban';
  return safeFileName([number, doc.date].filter(Boolean).join('_'));
}

export function createOutput({ store, toast, dialog, problemsList, onBlocked, signFields, pdfa }) {
  let pendingForce = null;

  function showBlocked(report, retry) {
    problemsList.replaceChildren(...(report?.diagnostics ?? []).map((d) =>
      h('li', { class: `problem sev-${d.severity}` }, h('span', { class: 'sev' }, d.severity === 'error' ? 'Lỗi' : d.severity === 'warning' ? 'Cảnh báo' : 'Lưu ý'), ' ', h('span', { class: 'text' }, d.message))));
    pendingForce = retry;
    dialog.showModal();
  }

  async function pdf({ force = false } = {}) {
    toast(force ? 'Đang tạo PDF (bỏ qua lỗi thể thức)…' : 'Đang tạo PDF…');
    const result = await api.render(store.doc, { signFields: signFields(), pdfa: pdfa(), force });
    if (!result.ok) {
      if (result.status === 422 && !force) return showBlocked(result.report, () => pdf({ force: true }));
      toast(`Không tạo được PDF: ${result.report?.diagnostics?.[0]?.message ?? `lỗi ${result.status}`}`, 'error');
      return;
    }
    const name = `${fileBase(store.doc)}${force ? '_CON-LOI' : ''}.pdf`;
    downloadBlob(result.data, name);
    const kinds = [signFields() ? 'có ô chữ ký số' : '', pdfa() ? 'bản lưu trữ PDF/A' : ''].filter(Boolean);
    toast(`Đã tải ${name}${kinds.length ? ` (${kinds.join(', ')})` : ''}.`);
  }

  async function boxes({ force = false } = {}) {
    toast('Đang tính vị trí chữ ký, con dấu…');
    const result = await api.render(store.doc, { signFields: signFields(), boxes: true, force });
    if (!result.ok) {
      if (result.status === 422 && !force) return showBlocked(result.report, () => boxes({ force: true }));
      toast(`Không tính được: ${result.report?.diagnostics?.[0]?.message ?? `lỗi ${result.status}`}`, 'error');
      return;
    }
    const name = `${fileBase(store.doc)}.boxes.json`;
    downloadBlob(new Blob([JSON.stringify(result.data.boxes, null, 2) + '\n'], { type: 'application/json' }), name);
    toast(`Đã tải ${name}.`);
  }

  function json() {
    const name = `${fileBase(store.doc)}.json`;
    downloadBlob(new Blob([JSON.stringify(store.doc, null, 2) + '\n'], { type: 'application/json' }), name);
    toast(`Đã tải ${name}: mở lại bằng "Mới / Mở…" hoặc dùng với vanban batch.`);
  }

  /** Opens the PDF in a new tab to print it there (the tab is opened at the click, so no pop-up blocker). */
  async function print() {
    const tab = window.open('', '_blank');
    toast('Đang tạo PDF để in…');
    const result = await api.render(store.doc, { force: true });
    if (!result.ok) {
      tab?.close();
      toast(`Không tạo được PDF: ${result.report?.diagnostics?.[0]?.message ?? `lỗi ${result.status}`}`, 'error');
      return;
    }
    const url = URL.createObjectURL(new Blob([result.data], { type: 'application/pdf' }));
    if (tab) { tab.location.href = url; toast('Đã mở bản PDF ở thẻ mới: bấm Ctrl+P ở đó để in.'); }
    else downloadBlob(result.data, `${fileBase(store.doc)}.pdf`);
    setTimeout(() => URL.revokeObjectURL(url), 300_000);
  }

  dialog.querySelector('#render-force').addEventListener('click', () => { dialog.close(); pendingForce?.(); pendingForce = null; });
  dialog.querySelector('#render-fix').addEventListener('click', () => { dialog.close(); onBlocked?.(); });
  dialog.querySelector('#render-close').addEventListener('click', () => dialog.close());

  return { pdf, boxes, json, print };
}
