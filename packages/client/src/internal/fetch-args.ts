/** What one hop of an attempt sends. */
export interface Outgoing {
  method: string;
  headers: Headers;
  /** The request body, read once so every attempt and redirect hop can send it again. */
  body: ArrayBuffer | null;
  signal: AbortSignal;
}

/**
 * A request as the `init` of `fetch(url, init)`. Handing a caller's `fetch` the URL string and a
 * plain init, rather than a Request object, lets any WHATWG fetch take it: undici's own `fetch` (for
 * a proxy `dispatcher`) does not recognise the Request class of Node's bundled undici and would try
 * to parse it as a URL ("Failed to parse URL from [object Request]"). For the same reason a caller's
 * fetch gets the headers as plain pairs; the global fetch takes the Headers object as it is, which
 * spares a copy per request.
 */
export function fetchInit(outgoing: Outgoing, plainHeaders: boolean): RequestInit {
  const init: RequestInit = {
    method: outgoing.method,
    headers: plainHeaders ? [...outgoing.headers] : outgoing.headers,
    signal: outgoing.signal,
    redirect: 'manual',
  };
  if (outgoing.body !== null) init.body = outgoing.body;
  return init;
}
