// Problems: the check's findings (errors, warnings, notes, with `fix` where the correction is
// certain), which the preview's answer carries, plus what only the render finds (a missing glyph,
// a page overflow). When the document cannot be rendered, POST /v1/check gives the findings.
// Shown in the list and under the field their pointer maps to (or the closest field above it);
// "Sửa" writes the fix at that pointer, and the change re-checks. Messages are shown as the
// service gives them.

import * as api from './api.js';
import { h } from './dom.js';
import { parse } from './pointer.js';
import { registry, fieldFor } from './form/fields.js';

const SEVERITY = { error: ['Lỗi', 0], warning: ['Cảnh báo', 1], note: ['Lưu ý', 2] };
const severityOf = (d) => SEVERITY[d.severity] ?? SEVERITY.note;

/** Sets `value` at `pointer` in a plain JSON value (used to apply every fix in one step). */
function setAt(doc, pointer, value) {
  const tokens = parse(pointer);
  let node = doc;
  for (const token of tokens.slice(0, -1)) node = Array.isArray(node) ? node[Number(token)] : node[token];
  const key = tokens.at(-1);
  if (Array.isArray(node)) node[Number(key)] = value; else node[key] = value;
}

const quote = (value) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `“${text.length > 60 ? text.slice(0, 57) + '…' : text}”`;
};

export function createProblems({ store, list, count, toggle, fixAllButton, focusPointer }) {
  let timer = 0;
  let controller = null;
  let sequence = 0;
  let checked = [];
  let rendered = [];
  let checking = true;

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  }

  async function run() {
    const mine = ++sequence;
    controller?.abort();
    controller = new AbortController();
    checking = true;
    let result;
    try {
      result = await api.check(store.doc, { signal: controller.signal });
    } catch (error) {
      if (error.name === 'AbortError') return;
      throw error;
    }
    if (mine !== sequence) return;
    if (!result.ok && (result.status === 503 || result.status === 429)) { schedule((result.retryAfter || 1) * 1000); return; }
    checking = false;
    checked = (result.ok ? result.data : result.report)?.diagnostics ?? [];
    show();
  }

  /** What the preview reports: its warnings and the check's findings, or the errors that stopped it (then the check runs alone). */
  function fromPreview(result) {
    rendered = (result.ok ? result.data.diagnostics : result.report?.diagnostics) ?? [];
    if (result.ok && result.data.findings) {
      ++sequence;
      clearTimeout(timer);
      checking = false;
      checked = result.data.findings;
    } else {
      schedule(0);
    }
    show();
  }

  /** Check's findings first; the preview's own ones added (the demoted copies of check's left out). */
  function merged() {
    const seen = new Set(checked.map((d) => `${d.code} ${d.path}`));
    const all = [...checked, ...rendered.filter((d) => !seen.has(`${d.code} ${d.path}`))];
    const order = new Map([...registry.keys()].map((p, i) => [p, i]));
    const place = (d) => order.get(fieldFor(d.path)?.pointer ?? '') ?? 0;
    return all
      .map((d, i) => ({ ...d, i }))
      .sort((a, b) => severityOf(a)[1] - severityOf(b)[1] || place(a) - place(b) || a.i - b.i);
  }

  function applyFix(diagnostic) {
    store.set(diagnostic.path, diagnostic.fix, { structural: true, focus: diagnostic.path });
  }

  function fixAll() {
    const fixes = merged().filter((d) => 'fix' in d);
    if (!fixes.length) return;
    const next = structuredClone(store.doc);
    for (const d of fixes) setAt(next, d.path, d.fix);
    store.set('', next, { structural: true });
  }

  function fixButton(d, where) {
    return h('button', {
      type: 'button', class: 'small fix', title: `Sửa thành ${quote(d.fix)}`,
      'aria-label': `Sửa ${where ? `${where} ` : ''}thành ${quote(d.fix)}`,
      onClick: () => applyFix(d),
    }, 'Sửa');
  }

  /** The messages under the fields. */
  function annotate(all) {
    for (const el of document.querySelectorAll('.field-problem')) el.remove();
    for (const el of document.querySelectorAll('.has-problem')) el.classList.remove('has-problem', 'sev-error', 'sev-warning', 'sev-note');
    for (const el of document.querySelectorAll('[aria-invalid="true"]:not(.local-invalid)')) el.removeAttribute('aria-invalid');
    for (const d of all) {
      let field = fieldFor(d.path);
      if (!field) continue;
      let host = field;
      while (host && !host.messages && host.pointer !== '') host = fieldFor(host.pointer.slice(0, host.pointer.lastIndexOf('/')));
      if (!host?.messages) continue;
      const [word] = severityOf(d);
      host.messages.append(h('p', { class: `msg field-problem sev-${d.severity}` },
        h('strong', {}, `${word}: `), d.message,
        d.hint ? h('span', { class: 'msg-hint' }, ` ${d.hint}`) : null,
        'fix' in d ? [' ', fixButton(d, field.label)] : null));
      host.wrap?.classList.add('has-problem', `sev-${d.severity}`);
      if (d.severity === 'error') field.focus?.setAttribute('aria-invalid', 'true');
    }
  }

  function show() {
    const all = merged();
    const errors = all.filter((d) => d.severity === 'error').length;
    const warnings = all.filter((d) => d.severity === 'warning').length;
    const notes = all.length - errors - warnings;
    const parts = [errors && `${errors} lỗi`, warnings && `${warnings} cảnh báo`, notes && `${notes} lưu ý`].filter(Boolean);
    count.textContent = checking && !all.length ? 'Đang kiểm tra…' : parts.length ? parts.join(' · ') : 'Không có lỗi thể thức';
    count.dataset.kind = errors ? 'error' : warnings ? 'warning' : 'ok';
    const fixable = all.filter((d) => 'fix' in d).length;
    fixAllButton.hidden = fixable < 2;
    fixAllButton.textContent = `Sửa tất cả (${fixable})`;
    list.replaceChildren(...all.map((d) => {
      const field = fieldFor(d.path);
      const where = field && field.pointer !== '' ? field.label : null;
      const [word] = severityOf(d);
      return h('li', { class: `problem sev-${d.severity}`, dataset: { path: d.path, code: d.code } },
        h('button', { type: 'button', class: 'problem-main', title: where ? `Đến ô: ${where}` : null, onClick: () => { if (d.path || field) focusPointer(d.path); } },
          h('span', { class: 'sev' }, word),
          where ? h('span', { class: 'where' }, where) : null,
          h('span', { class: 'text' }, d.message),
          d.hint ? h('span', { class: 'hint' }, d.hint) : null),
        h('span', { class: 'problem-side' },
          'fix' in d ? fixButton(d, where) : null,
          h('code', { class: 'code', title: 'Mã lỗi' }, d.code)));
    }));
    annotate(all);
  }

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
  });
  fixAllButton.addEventListener('click', fixAll);
  document.addEventListener('rebuilt', () => annotate(merged()));

  return { fromPreview, refresh: () => schedule(0), get all() { return merged(); } };
}
