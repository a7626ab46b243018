/** A `fetch` that never touches the network: it records each request's URL and answers `body` as JSON. */
export interface RecordingFetch {
  fetch: typeof globalThis.fetch;
  /** Every request's URL, in order. */
  urls: URL[];
}

/** Builds a {@link RecordingFetch} answering every request with `body` (status 200, `application/json`). */
export function recordingFetch(body: unknown): RecordingFetch {
  const urls: URL[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    urls.push(new URL(new Request(input, init).url));
    return Response.json(body);
  };
  return { fetch, urls };
}
