/**
 * How `<jrmc-provider>` calls your session endpoint. Headers are read again before every token request,
 * so a function can hand the CSRF token your page currently holds (e.g. from a `<meta>` tag or a cookie).
 */
export interface SessionRequestOptions {
  /** Extra request headers, e.g. `{ 'X-CSRF-Token': token }`, or a function returning them. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Which cookies go with the request (default `same-origin`; `include` for a backend on another origin). */
  credentials?: RequestCredentials;
}

/** POSTs to the session endpoint and returns `{ token, expiresAt }`; a non-2xx answer is an error naming its status. */
export async function requestSessionToken(url: string, options: SessionRequestOptions = {}, fetchImpl: typeof fetch = fetch): Promise<{ token: string; expiresAt: string }> {
  const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
  const headers = new Headers(extra);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const response = await fetchImpl(url, { method: 'POST', credentials: options.credentials ?? 'same-origin', headers });
  if (!response.ok) throw new Error(`session endpoint answered ${response.status}`);
  return (await response.json()) as { token: string; expiresAt: string };
}
