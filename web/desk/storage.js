// Drafts in the browser (localStorage), never on the server: one key per draft
// (`vanban-desk:draft:<id>`), an index of them, and the one open in this browser. The open
// draft is saved a moment after each change and when the tab is hidden or closed.

const PREFIX = 'vanban-desk:';
const INDEX = `${PREFIX}drafts`;
const CURRENT = `${PREFIX}current`;
const SAVE_DELAY_MS = 400;

const read = (key, fallback) => {
  try { const v = localStorage.getItem(key); return v == null ? fallback : JSON.parse(v); } catch { return fallback; }
};

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A short title for the list of drafts: tên loại and trích yếu. */
export function draftTitle(doc, typeName) {
  const subject = Array.isArray(doc.subject) ? doc.subject.join(' ') : doc.subject ?? '';
  const number = doc.number?.seq != null ? `số ${doc.number.seq}` : '';
  return [typeName, number, subject].filter(Boolean).join(' — ').slice(0, 120) || 'Văn bản chưa đặt tên';
}

export function createStorage({ store, typeName, onSaved, onError }) {
  let currentId = read(CURRENT, null);
  let timer = 0;

  const list = () => read(INDEX, []).filter((d) => d && d.id).sort((a, b) => b.savedAt - a.savedAt);

  function save() {
    clearTimeout(timer);
    timer = 0;
    if (!currentId) return;
    try {
      localStorage.setItem(`${PREFIX}draft:${currentId}`, JSON.stringify(store.doc));
      const entry = { id: currentId, title: draftTitle(store.doc, typeName(store.doc.type)), savedAt: Date.now() };
      localStorage.setItem(INDEX, JSON.stringify([entry, ...list().filter((d) => d.id !== currentId)].slice(0, 30)));
      localStorage.setItem(CURRENT, JSON.stringify(currentId));
      onSaved?.(new Date(entry.savedAt));
    } catch (error) {
      onError?.(error);
    }
  }

  store.addEventListener('change', (event) => {
    if (event.detail.persist === false) return;
    if (!currentId) currentId = newId();
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  const flush = () => { if (timer) save(); };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });

  return {
    list,
    flush,
    /** The draft last open in this browser, or null. */
    restore() {
      if (!currentId) return null;
      const doc = read(`${PREFIX}draft:${currentId}`, null);
      if (!doc || typeof doc !== 'object') { currentId = null; return null; }
      return doc;
    },
    open(id) {
      const doc = read(`${PREFIX}draft:${id}`, null);
      if (!doc) return null;
      flush();
      currentId = id;
      localStorage.setItem(CURRENT, JSON.stringify(id));
      return doc;
    },
    /** Starts a new draft: the next change saves it under a new key. */
    startNew() {
      flush();
      currentId = newId();
    },
    remove(id = currentId) {
      localStorage.removeItem(`${PREFIX}draft:${id}`);
      localStorage.setItem(INDEX, JSON.stringify(list().filter((d) => d.id !== id)));
      if (id === currentId) {
        clearTimeout(timer);
        timer = 0;
        localStorage.removeItem(CURRENT);
        currentId = null;
      }
    },
    get currentId() { return currentId; },
  };
}
