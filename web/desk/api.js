// The service's public API, same origin only. Problems come back as the service's reports:
// { file, diagnostics: [{ severity, code, path, message, hint?, fix? }] }, shown as given.

const LANG = 'lang=vi';

async function readJSON(response) {
  try { return await response.json(); } catch { return null; }
}

/** A report for a failure that is not the service's own (network down, a proxy's page). */
function localReport(code, message, hint) {
  return { file: '', diagnostics: [{ severity: 'error', code, path: '', message, hint }] };
}

async function send(url, body, { signal, accept = 'json' } = {}) {
  let response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    return { ok: false, status: 0, report: localReport('DESK.OFFLINE', 'Không kết nối được với máy chủ VanBan.', 'Kiểm tra máy chủ (vanban serve) còn chạy, rồi thử lại.') };
  }
  if (response.ok) {
    return { ok: true, status: response.status, headers: response.headers, data: accept === 'blob' ? await response.blob() : await readJSON(response) };
  }
  const report = await readJSON(response);
  return {
    ok: false,
    status: response.status,
    retryAfter: Number(response.headers.get('Retry-After')) || 0,
    report: report?.diagnostics ? report : localReport('DESK.HTTP', `Máy chủ trả lời lỗi ${response.status}.`),
  };
}

async function getJSON(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

export const profiles = () => getJSON('/v1/profiles').then((d) => d.profiles);
export const examples = () => getJSON('/v1/examples').then((d) => d.examples);
export const example = (id) => getJSON(`/v1/examples/${encodeURIComponent(id)}`);

/**
 * Every page as an image, the check's findings and where each value prints, in one request:
 * { mediaType, pages, pageSizes, images, boxes, diagnostics, findings, anchors }.
 */
export function preview(doc, { format = 'png', dpi = 96, signal } = {}) {
  const query = format === 'png' ? `format=png&dpi=${dpi}` : 'format=svg';
  return send(`/v1/preview?${query}&check=true&anchors=true&${LANG}`, doc, { signal });
}

/** Every finding of the checks (errors, warnings, notes), with `fix` where it is certain (when the preview cannot render). */
export function check(doc, { signal } = {}) {
  return send(`/v1/check?${LANG}`, doc, { signal });
}

/** The PDF (a Blob), or with `boxes` the JSON { output, boxes, … }. */
export function render(doc, { signFields = false, pdfa = false, boxes = false, force = false } = {}) {
  const query = [LANG];
  if (signFields) query.push('sign-fields=true');
  if (pdfa) query.push('pdfa=true');
  if (boxes) query.push('boxes=true');
  if (force) query.push('force=true');
  return send(`/v1/render?${query.join('&')}`, doc, { accept: boxes ? 'json' : 'blob' });
}
