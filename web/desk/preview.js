// The live preview: every change re-renders the whole document through POST /v1/preview, one
// PNG per page at the resolution the column needs (devicePixelRatio and zoom included).
//
// When: a change made while the pages are up to date is sent at once; changes made while a
// render is on its way are gathered and sent when it is back, once the typing pauses for 150 ms
// (debounce), or at the latest 500 ms after the first of them (so a long burst of typing still
// shows). One request at a time per tab: the service renders a request even when the browser
// gives it up, so aborting would not spare it; a request is aborted (AbortController) only when
// another document is opened, and an answer that is not the newest is never shown. The previous
// pages stay until the new ones are decoded; when the document cannot be rendered, they stay,
// greyed. Each keystroke → new pages time is logged to the console and kept in
// `window.__deskTimings`.

import * as api from './api.js';
import { h } from './dom.js';
import { parse } from './pointer.js';

const DEBOUNCE_MS = 150;
const MAX_WAIT_MS = 500;
const A4_PORTRAIT_INCHES = 210 / 25.4;

export function createPreview({ store, container, status, pageCount, zoomLevel, onResult }) {
  let timer = 0;
  let controller = null;
  let sequence = 0;
  let inFlight = false;
  let dirtySince = null; // the first change (or zoom) not sent yet
  let lastChangeAt = 0;
  let changes = []; // times of the changes not shown yet
  let zoom = 1;
  let renderedDpi = 0;
  let boxes = [];
  let anchors = [];
  let pageSizes = [];
  let pages = 0;
  let lastRevealed = ''; // the page and line last revealed
  window.__deskTimings = window.__deskTimings ?? [];

  const setStatus = (text, kind = '') => {
    status.textContent = text;
    status.dataset.kind = kind;
  };

  /** The width a page takes on screen, in CSS pixels. */
  const pageWidth = () => Math.max(200, (container.clientWidth - 32) * zoom);

  /** The PNG resolution that fills that width on this screen (rounded up to 4, 48–240 dpi). */
  const wantedDpi = () => {
    const pixels = pageWidth() * (window.devicePixelRatio || 1);
    return Math.min(240, Math.max(48, Math.ceil(pixels / A4_PORTRAIT_INCHES / 4) * 4));
  };

  const applyZoom = () => {
    container.style.setProperty('--page-width', `${pageWidth()}px`);
    zoomLevel.textContent = `${Math.round(zoom * 100)}%`;
  };

  /** Something to render: now if nothing is pending, else after the debounce or the longest wait. */
  function want({ immediately = false } = {}) {
    const now = performance.now();
    const wasIdle = dirtySince === null && !inFlight;
    dirtySince ??= now;
    lastChangeAt = now;
    plan(immediately || wasIdle);
  }

  function plan(now = false) {
    clearTimeout(timer);
    timer = 0;
    if (inFlight || dirtySince === null) return; // the answer on its way plans the next one
    const elapsed = performance.now();
    const delay = now ? 0 : Math.max(0, Math.min(DEBOUNCE_MS - (elapsed - lastChangeAt), MAX_WAIT_MS - (elapsed - dirtySince)));
    if (delay === 0) run(); else timer = setTimeout(run, delay);
  }

  async function run() {
    timer = 0;
    dirtySince = null;
    const mine = ++sequence;
    controller = new AbortController();
    const covered = changes.length;
    const dpi = wantedDpi();
    setStatus('Đang cập nhật…', 'busy');
    container.setAttribute('aria-busy', 'true');
    const sentAt = performance.now();
    let result;
    inFlight = true;
    try {
      result = await api.preview(store.doc, { format: 'png', dpi, signal: controller.signal });
    } catch (error) {
      if (error.name === 'AbortError') return;
      throw error;
    } finally {
      if (mine === sequence) inFlight = false;
    }
    if (mine !== sequence) return;
    const answeredAt = performance.now();
    if (!result.ok) {
      if (result.status === 503 || result.status === 429) {
        setStatus('Máy chủ đang bận, thử lại…', 'busy');
        dirtySince ??= performance.now();
        timer = setTimeout(run, (result.retryAfter || 1) * 1000);
        return;
      }
      changes = changes.slice(covered);
      container.classList.add('stale');
      container.removeAttribute('aria-busy');
      setStatus(pages ? 'Còn lỗi, đang hiện bản trước' : 'Còn lỗi, chưa hiện được trang', 'error');
      onResult?.({ ok: false, report: result.report });
      plan();
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
    setStatus(dirtySince === null ? 'Đã cập nhật' : 'Đang cập nhật…', dirtySince === null ? 'ok' : 'busy');
    onResult?.({ ok: true, data });
    if (covered > 0 && covered <= changes.length) {
      // From the last keystroke shown (and from the oldest one shown for the first time) to the new pages.
      const shownAt = performance.now();
      const timing = {
        ms: Math.round(shownAt - changes[covered - 1]), firstMs: Math.round(shownAt - changes[0]), keystrokes: covered,
        serverMs: Math.round(answeredAt - sentAt), decodeMs: Math.round(shownAt - answeredAt),
        pages: data.pages, dpi, bytes: data.images.reduce((n, s) => n + s.length, 0),
      };
      changes = changes.slice(covered);
      window.__deskTimings.push(timing);
      console.info(`[desk] preview ${timing.ms} ms after the keystroke (request ${timing.serverMs} ms, decode ${timing.decodeMs} ms, ${timing.pages} pages at ${dpi} dpi)`);
    }
    plan();
  }

  /** Puts the new page images in place of the old ones, page frames kept (so is the scroll). */
  function show(images, data) {
    pages = data.pages;
    boxes = data.boxes?.boxes ?? [];
    anchors = data.anchors ?? [];
    pageSizes = data.pageSizes ?? [];
    window.__deskLastPreview = { anchors, pageSizes, pages }; // for the browser tests
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
   * Where a field prints: the first anchor of its pointer or of a value inside it (a heading's
   * title, a table's cells), else the closest anchor of what holds it; without one (a field not
   * printed yet), an estimate: the header on page 1, a signer on the page of its signature box,
   * the rest in proportion between page 1 and the last page.
   */
  function placeOf(pointer) {
    if (!pages) return null;
    const inside = anchors.find((a) => a.path === pointer || a.path.startsWith(`${pointer}/`));
    if (inside) return inside;
    const holders = anchors.filter((a) => pointer.startsWith(`${a.path}/`));
    if (holders.length) return holders.reduce((a, b) => (b.path.length > a.path.length ? b : a));
    const tokens = parse(pointer);
    const signerPage = boxes.find((b) => b.role === 'signer:0')?.page ?? pages;
    if (tokens[0] === 'signers') return { page: boxes.find((b) => b.role === `signer:${tokens[1] ?? 0}`)?.page ?? signerPage };
    if (['distribution', 'drafter'].includes(tokens[0])) return { page: signerPage };
    if (['attachments', 'appendices', 'copy'].includes(tokens[0])) return { page: pages };
    return { page: 1 };
  }

  /** Keeps the place of the field being edited in view (only scrolls when it is out of view). */
  function reveal(pointer) {
    const place = placeOf(pointer);
    if (!place) return;
    const key = `${place.page}:${Math.round(place.top ?? 0)}`;
    if (key === lastRevealed) return;
    lastRevealed = key;
    const frame = container.querySelector(`.page[data-page="${place.page}"]`);
    if (!frame) return;
    const image = frame.querySelector('img') ?? frame;
    const heightMM = (pageSizes[place.page - 1]?.height ?? 841.89) / 72 * 25.4;
    const view = container.getBoundingClientRect(), box = image.getBoundingClientRect();
    // The line's place on screen, or the page's top when the value has no anchor.
    const lineY = box.top + (place.top ?? 0) / heightMM * box.height;
    const margin = Math.min(80, view.height / 4);
    if (lineY < view.top + 8 || lineY > view.bottom - margin) {
      container.scrollTo({ top: container.scrollTop + lineY - view.top - margin, behavior: 'smooth' });
    }
  }

  function setZoom(next) {
    const anchor = container.scrollTop / Math.max(1, container.scrollHeight);
    zoom = Math.min(3, Math.max(0.4, next));
    applyZoom();
    container.scrollTop = anchor * container.scrollHeight;
    if (wantedDpi() > renderedDpi * 1.15) want();
  }

  store.addEventListener('change', (event) => {
    if (event.detail.reason === 'load') {
      // Another document: what is on its way is for the old one.
      controller?.abort();
      sequence++;
      inFlight = false;
      changes = [];
      dirtySince = null;
      lastRevealed = '';
      container.scrollTop = 0;
      want({ immediately: true });
      return;
    }
    changes.push(performance.now());
    want();
  });
  new ResizeObserver(() => {
    applyZoom();
    if (pages && wantedDpi() > renderedDpi * 1.15) want();
  }).observe(container);
  applyZoom();

  return {
    refresh: () => want({ immediately: true }),
    reveal,
    zoomIn: () => setZoom(zoom * 1.25),
    zoomOut: () => setZoom(zoom / 1.25),
    zoomFit: () => setZoom(1),
    get pages() { return pages; },
  };
}
