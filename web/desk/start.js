// The start dialog: a new document (system, date, type), a bundled example, a JSON file from
// the clerk's disk, or a draft kept in this browser.

import { h } from './dom.js';
import { today } from './profiles.js';
import { composeDate } from './form/fields.js';

/** "6/12/2026" → "2026-12-06" (also "12/2026", "2026"); "" when it is not a date. */
function isoOf(text) {
  const parts = text.trim().split(/[/.\-\s]+/).filter(Boolean);
  const [d, m, y] = parts.length === 3 ? parts : parts.length === 2 ? ['', ...parts] : ['', '', parts[0] ?? ''];
  return composeDate(d, m, y) || '';
}
const display = (iso) => iso.split('-').reverse().join('/');

export function createStart({ dialog, profiles, examples, storage, onNew, onExample, onFile, onDraft }) {
  const $ = (id) => dialog.querySelector(`#${id}`);
  const typeSelect = $('start-type');
  const dateInput = $('start-date');
  const applies = $('start-applies');
  const system = () => dialog.querySelector('input[name="start-system"]:checked')?.value ?? 'nd30';

  function fillTypes() {
    const previous = typeSelect.value || 'cong-van';
    const types = profiles.types(system(), isoOf(dateInput.value));
    typeSelect.replaceChildren(...types.map((t) => h('option', { value: t.id }, t.displayName)));
    typeSelect.value = types.some((t) => t.id === previous) ? previous : types[0]?.id ?? '';
    applies.textContent = profiles.appliesText(system(), isoOf(dateInput.value));
  }

  const exampleLabel = (e) => {
    const party = e.profile !== 'nd30';
    const subject = e.subject ? `: ${e.subject.length > 70 ? e.subject.slice(0, 67) + '…' : e.subject}` : '';
    return `${profiles.typeName(e.type)}${party ? ' (Đảng)' : ''}${subject}`;
  };
  $('start-example').replaceChildren(...examples
    .map((e) => [e, exampleLabel(e)])
    .sort((a, b) => a[1].localeCompare(b[1], 'vi'))
    .map(([e, label]) => h('option', { value: e.id }, label)));
  $('start-example').value = 'cong-van';

  function fillDrafts() {
    const drafts = storage.list();
    $('start-drafts-card').hidden = drafts.length === 0;
    $('start-drafts').replaceChildren(...drafts.map((d) => h('li', {},
      h('span', { class: 'draft-title' }, d.title, h('span', { class: 'hint' }, ` — lưu lúc ${new Date(d.savedAt).toLocaleString('vi-VN')}${d.id === storage.currentId ? ' (đang mở)' : ''}`)),
      h('button', { type: 'button', class: 'small', onClick: () => { dialog.close(); onDraft(d.id); } }, 'Mở'),
      h('button', { type: 'button', class: 'small danger', 'aria-label': `Xóa bản nháp ${d.title}`, onClick: () => { storage.remove(d.id); fillDrafts(); } }, 'Xóa'))));
  }

  for (const radio of dialog.querySelectorAll('input[name="start-system"]')) radio.addEventListener('change', fillTypes);
  dateInput.addEventListener('input', fillTypes);
  $('start-create').addEventListener('click', () => {
    dialog.close();
    onNew({ profile: system(), type: typeSelect.value, date: isoOf(dateInput.value) || undefined });
  });
  $('start-open-example').addEventListener('click', () => { dialog.close(); onExample($('start-example').value); });
  $('start-file').addEventListener('change', async () => {
    const file = $('start-file').files?.[0];
    if (!file) return;
    const error = await onFile(file);
    $('start-file-error').textContent = error ?? '';
    $('start-file').value = '';
    if (!error) dialog.close();
  });
  $('start-close').addEventListener('click', () => dialog.close());

  return {
    open() {
      dateInput.value = display(today());
      fillTypes();
      fillDrafts();
      $('start-file-error').textContent = '';
      if (!dialog.open) dialog.showModal();
      typeSelect.focus();
    },
  };
}
