/**
 * A Request as `fetch(url, init)` arguments. Handing a caller's `fetch` the URL string and a plain
 * init, rather than the Request object, lets any WHATWG fetch take it: undici's own `fetch` (for a
 * proxy `dispatcher`) does not recognise the Request class of Node's bundled undici and would try to
 * parse it as a URL ("Failed to parse URL from [object Request]").
 */
export function fetchArgs(request: Request): [string, RequestInit & { duplex?: 'half' }] {
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: [...request.headers],
    signal: request.signal,
    redirect: request.redirect,
  };
  // A streamed body needs `duplex: 'half'`; GET and HEAD never carry one.
  if (request.body !== null) Object.assign(init, { body: request.body, duplex: 'half' });
  return [request.url, init];
}
