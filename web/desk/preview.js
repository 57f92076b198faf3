// The live preview: every change re-renders the whole document through POST /v1/preview
// (debounced), one PNG per page at the resolution the column needs (devicePixelRatio and zoom
// included). A newer request aborts the older one, and an older answer is never shown after a
// newer one; the previous pages stay until the new ones are decoded. When the document cannot
// be rendered, the last good pages stay, greyed. Each keystroke → new pages time is logged to
// the console and kept in `window.__deskTimings`.

import * as api from './api.js';
import { h } from './dom.js';
import { parse } from './pointer.js';

const DEBOUNCE_MS = 150;
const A4_PORTRAIT_INCHES = 210 / 25.4;

export function createPreview({ store, container, status, pageCount, zoomLevel, onResult }) {
  let timer = 0;
  let controller = null;
  let sequence = 0;
  let pendingInputAt = null;
  let zoom = 1;
  let renderedDpi = 0;
  let boxes = [];
  let pages = 0;
  let lastFocusPage = 0;
  window.__deskTimings = window.__deskTimings ?? [];

  const setStatus = (text, kind = '') => {
    status.textContent = text;
    status.dataset.kind = kind;
  };

  /** The width a page takes on screen, in CSS pixels. */
  const pageWidth = () => Math.max(200, (container.clientWidth - 32) * zoom);

  /** The PNG resolution that fills that width on this screen (rounded, 48–240 dpi). */
  const wantedDpi = () => {
    const pixels = pageWidth() * (window.devicePixelRatio || 1);
    return Math.min(240, Math.max(48, Math.ceil(pixels / A4_PORTRAIT_INCHES / 8) * 8));
  };

  const applyZoom = () => {
    container.style.setProperty('--page-width', `${pageWidth()}px`);
    zoomLevel.textContent = `${Math.round(zoom * 100)}%`;
  };

  function schedule(delay = DEBOUNCE_MS) {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  }

  async function run() {
    const mine = ++sequence;
    controller?.abort();
    controller = new AbortController();
    const inputAt = pendingInputAt;
    pendingInputAt = null;
    const dpi = wantedDpi();
    setStatus('Đang cập nhật…', 'busy');
    container.setAttribute('aria-busy', 'true');
    const sentAt = performance.now();
    let result;
    try {
      result = await api.preview(store.doc, { format: 'png', dpi, signal: controller.signal });
    } catch (error) {
      if (error.name === 'AbortError') return;
      throw error;
    }
    if (mine !== sequence) return;
    const answeredAt = performance.now();
    if (!result.ok) {
      if (result.status === 503) { setStatus('Máy chủ đang bận, thử lại…', 'busy'); schedule((result.retryAfter || 1) * 1000); return; }
      container.classList.add('stale');
      container.removeAttribute('aria-busy');
      setStatus(pages ? 'Còn lỗi, đang hiện bản trước' : 'Còn lỗi, chưa hiện được trang', 'error');
      onResult?.({ ok: false, report: result.report });
      return;
    }
    const data = result.data;
    const images = await Promise.all(data.images.map(async (src, i) => {
      const img = new Image();
      img.alt = `Trang ${i + 1}`;
      img.src = src;
      try { await img.decode(); } catch { /* shown anyway */ }
      return img;
    }));
    if (mine !== sequence) return;
    show(images, data);
    renderedDpi = dpi;
    container.classList.remove('stale');
    container.removeAttribute('aria-busy');
    setStatus(`Đã cập nhật`, 'ok');
    onResult?.({ ok: true, data });
    if (inputAt !== null) {
      const shownAt = performance.now();
      const timing = {
        ms: Math.round(shownAt - inputAt), serverMs: Math.round(answeredAt - sentAt), decodeMs: Math.round(shownAt - answeredAt),
        pages: data.pages, dpi, bytes: data.images.reduce((n, s) => n + s.length, 0),
      };
      window.__deskTimings.push(timing);
      console.info(`[desk] preview ${timing.ms} ms after the keystroke (request ${timing.serverMs} ms, decode ${timing.decodeMs} ms, ${timing.pages} pages at ${dpi} dpi)`);
    }
  }

  /** Puts the new page images in place of the old ones, page frames kept (so is the scroll). */
  function show(images, data) {
    pages = data.pages;
    boxes = data.boxes?.boxes ?? [];
    const frames = [...container.querySelectorAll('.page')];
    images.forEach((img, i) => {
      let frame = frames[i];
      if (!frame) {
        frame = h('figure', { class: 'page', dataset: { page: i + 1 } }, h('figcaption', {}, `Trang ${i + 1}/${pages}`));
        container.append(frame);
      }
      frame.querySelector('figcaption').textContent = `Trang ${i + 1}/${pages}`;
      const old = frame.querySelector('img');
      img.classList.toggle('landscape', img.naturalWidth > img.naturalHeight);
      if (old) old.replaceWith(img); else frame.prepend(img);
    });
    for (const frame of frames.slice(images.length)) frame.remove();
    pageCount.textContent = `${pages} trang`;
  }

  /**
   * The page a field is probably on: the header on page 1; a signer on the page of its
   * signature box; a body block between page 1 and the signature's page in proportion to its
   * index; appendices and attached texts after the signature's page in proportion too.
   */
  function pageOf(pointer) {
    if (!pages) return 0;
    const tokens = parse(pointer);
    const signerPage = boxes.find((b) => b.role === 'signer:0')?.page ?? pages;
    const share = (index, count, from, to) => Math.min(to, from + Math.floor(((index + 0.5) / Math.max(1, count)) * (to - from + 1)));
    switch (tokens[0]) {
      case 'body': {
        const count = Array.isArray(store.doc.body) ? store.doc.body.length : 1;
        return share(Number(tokens[1] ?? 0), count, 1, signerPage);
      }
      case 'signers': return boxes.find((b) => b.role === `signer:${tokens[1] ?? 0}`)?.page ?? signerPage;
      case 'distribution': case 'drafter': return signerPage;
      case 'attachments': case 'appendices': {
        const count = Array.isArray(store.doc[tokens[0]]) ? store.doc[tokens[0]].length : 1;
        return signerPage < pages ? share(Number(tokens[1] ?? 0), count, signerPage + 1, pages) : pages;
      }
      case 'copy': return pages;
      default: return 1;
    }
  }

  /** Keeps the page of the field being edited in view (only scrolls when it is out of view). */
  function reveal(pointer) {
    const page = pageOf(pointer);
    if (!page || page === lastFocusPage) return;
    lastFocusPage = page;
    const frame = container.querySelector(`.page[data-page="${page}"]`);
    if (!frame) return;
    const view = container.getBoundingClientRect(), box = frame.getBoundingClientRect();
    const visible = Math.min(view.bottom, box.bottom) - Math.max(view.top, box.top);
    if (visible < Math.min(box.height, view.height) * 0.35) {
      container.scrollTo({ top: container.scrollTop + box.top - view.top - 8, behavior: 'smooth' });
    }
  }

  function setZoom(next) {
    const anchor = container.scrollTop / Math.max(1, container.scrollHeight);
    zoom = Math.min(3, Math.max(0.4, next));
    applyZoom();
    container.scrollTop = anchor * container.scrollHeight;
    if (wantedDpi() > renderedDpi * 1.15) schedule(250);
  }

  store.addEventListener('change', (event) => {
    const load = event.detail.reason === 'load';
    pendingInputAt = load ? null : performance.now();
    if (load) { lastFocusPage = 0; container.scrollTop = 0; }
    schedule(event.detail.reason === 'load' ? 0 : DEBOUNCE_MS);
  });
  new ResizeObserver(() => {
    applyZoom();
    if (pages && wantedDpi() > renderedDpi * 1.15) schedule(300);
  }).observe(container);
  applyZoom();

  return {
    refresh: () => schedule(0),
    reveal,
    zoomIn: () => setZoom(zoom * 1.25),
    zoomOut: () => setZoom(zoom / 1.25),
    zoomFit: () => setZoom(1),
    get pages() { return pages; },
  };
}
