// The API client: the key lives in sessionStorage (gone with the tab), is sent as X-Api-Key, and a key given in
// the URL fragment (#key=..., as printed by `sl demo`) is taken once and removed from the address bar.
const STORAGE = 'sl.apiKey';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

export function takeKeyFromFragment() {
  const match = location.hash.match(/(?:^#|&)key=([^&]+)/);
  if (match) {
    sessionStorage.setItem(STORAGE, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
}

export const getKey = () => sessionStorage.getItem(STORAGE);
export const setKey = (key) => sessionStorage.setItem(STORAGE, key.trim());
export const forgetKey = () => sessionStorage.removeItem(STORAGE);

export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') query.append(name, v);
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function send(path, params, init = {}) {
  const response = await fetch(url(path, params), {
    ...init,
    headers: { 'X-Api-Key': getKey() ?? '', Accept: 'application/json', ...(init.headers ?? {}) },
  });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON: keep the status */ }
    const error = new ApiError(response.status, problem);
    if (response.status === 401) document.dispatchEvent(new CustomEvent('sl:unauthorized', { detail: error }));
    throw error;
  }
  return response;
}

export const get = async (path, params) => (await send(path, params)).json();

export const post = async (path, body) =>
  (await send(path, {}, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })).json();

/** Downloads an export (the key must travel in a header, so this cannot be a plain link). */
export async function download(path, params, fileName) {
  const blob = await (await send(path, params, { headers: { Accept: '*/*' } })).blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return blob.size;
}
