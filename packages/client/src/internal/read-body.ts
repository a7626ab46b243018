import { ResponseTooLargeError } from '../errors.js';

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Reads the whole body into memory, refusing more than `maxBytes`, and returns an equivalent
 * Response. Buffering here means the attempt's timeout also covers the body, not just the headers,
 * and a body cut short fails the attempt (so it is retried) rather than the caller's parse.
 */
export async function readCapped(response: Response, maxBytes: number, signal?: AbortSignal): Promise<Response> {
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (!response.body || NULL_BODY_STATUSES.has(response.status)) {
    return new Response(null, init);
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body.cancel().catch(() => {});
    throw new ResponseTooLargeError(maxBytes);
  }
  const reader = response.body.getReader();
  // Stop reading when the attempt is aborted, even if the abort does not reach the stream itself.
  const cancel = () => reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return new Response(replay(await readAll(reader, maxBytes)), init);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ResponseTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return chunks;
}

/**
 * A stream of chunks already in memory. Handing these over as they are costs less than joining
 * them into one buffer, which `new Response` would then copy again.
 */
function replay(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}
