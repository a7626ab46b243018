import { ResponseTooLargeError } from '../errors.js';

/** Statuses whose answers never carry a body. */
export const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Reads the whole body into memory, refusing more than `maxBytes`, and returns an equivalent
 * Response. Buffering here means the attempt's timeout also covers the body, not just the headers,
 * and a body cut short fails the attempt (so it is retried) rather than the caller's parse.
 */
export async function readCapped(
  response: Response,
  maxBytes: number,
  signal?: AbortSignal,
  lengthEnforced = false,
): Promise<Response> {
  // The built-in transport reads (and caps) the body itself.
  if ((response as unknown) instanceof BufferedResponse) return response;
  if (!response.body || NULL_BODY_STATUSES.has(response.status)) {
    return new BufferedResponse(response, null) as unknown as Response;
  }
  const length = response.headers.get('content-length');
  const declared = length === null ? Number.NaN : Number(length);
  if (declared > maxBytes) {
    await response.body.cancel().catch(() => {});
    throw new ResponseTooLargeError(maxBytes);
  }
  if (lengthEnforced && declared >= 0) {
    // The HTTP parser reads exactly the declared bytes (fewer fail the read), so the cap already
    // holds: read the body in one call, without a JS loop over its chunks.
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw new ResponseTooLargeError(maxBytes);
    return new BufferedResponse(response, bytes) as unknown as Response;
  }
  const reader = response.body.getReader();
  // Stop reading when the attempt is aborted, even if the abort does not reach the stream itself.
  const cancel = () => reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return new BufferedResponse(response, await readAll(reader, maxBytes)) as unknown as Response;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/** The body's size in bytes when `response` came from {@link readCapped}; otherwise its Content-Length, if stated. */
export function bodyBytes(response: Response): number | undefined {
  if ((response as unknown) instanceof BufferedResponse) return (response as unknown as BufferedResponse).byteLength;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isFinite(declared) ? declared : undefined;
}

/** Reads every chunk, then joins them once (a single chunk is used as it is). */
async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
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
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  return Buffer.concat(chunks, total);
}

/**
 * Response, typed as a plain base class: the DOM typings declare its members as properties, which
 * TypeScript will not let a subclass turn into accessors and methods.
 */
type StandardResponse = new () => object;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** The bytes decoded as UTF-8, a leading byte order mark dropped, as Response.text() decodes a body. */
export function utf8Text(bytes: Uint8Array): string {
  const bom = bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2] ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString('utf8');
}

/** What an answer is apart from its body: a received Response, or what the built-in transport read. */
export interface ResponseHead {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
  readonly redirected: boolean;
}

/**
 * A Response over a body already read into one buffer. `text()` and `json()` (all openapi-fetch
 * calls) decode that buffer directly instead of streaming it a second time through a new
 * Response; the status, headers, URL and redirect flag are the head's own, not copies (so any
 * status a server sends is kept, even one a standard Response refuses). Every other body reader
 * (`body`, `blob()`, `formData()`, `clone()`…) works on a standard Response made from the same
 * bytes. A body is readable once, as with any Response.
 */
export class BufferedResponse extends (Response as unknown as StandardResponse) {
  readonly #head: ResponseHead;
  #bytes: Uint8Array | null;
  readonly #length: number;
  #standard: Response | undefined;
  #used = false;

  constructor(head: ResponseHead, bytes: Uint8Array | null) {
    super();
    this.#head = head;
    this.#bytes = bytes;
    this.#length = bytes?.byteLength ?? 0;
  }

  /** Bytes in the body. */
  get byteLength(): number {
    return this.#length;
  }

  get status(): number {
    return this.#head.status;
  }

  get statusText(): string {
    return this.#head.statusText;
  }

  get ok(): boolean {
    const { status } = this.#head;
    return status >= 200 && status <= 299;
  }

  get type(): Response['type'] {
    return 'default';
  }

  get headers(): Headers {
    return this.#head.headers;
  }

  get url(): string {
    return this.#head.url;
  }

  get redirected(): boolean {
    return this.#head.redirected;
  }

  get body(): ReadableStream<Uint8Array> | null {
    return this.#bytes === null && this.#standard === undefined ? null : this.#asStandard().body;
  }

  get bodyUsed(): boolean {
    return this.#used || (this.#standard?.bodyUsed ?? false);
  }

  async text(): Promise<string> {
    if (this.#standard !== undefined) return this.#standard.text();
    const bytes = this.#take();
    return bytes === null ? '' : utf8Text(bytes);
  }

  async json(): Promise<unknown> {
    if (this.#standard !== undefined) return this.#standard.json();
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.#standard !== undefined) return this.#standard.arrayBuffer();
    const bytes = this.#take();
    if (bytes === null) return new ArrayBuffer(0);
    // The bytes are read once, so a buffer they fill whole is handed over as it is, without a copy.
    if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
      return bytes.buffer;
    }
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  async blob(): Promise<Blob> {
    return this.#asStandard().blob();
  }

  async formData(): Promise<FormData> {
    return this.#asStandard().formData();
  }

  clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    if (this.#standard !== undefined) return this.#standard.clone();
    return new BufferedResponse(this.#head, this.#bytes) as unknown as Response;
  }

  /** The bytes, once: a second read is the TypeError any Response throws. */
  #take(): Uint8Array | null {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    const bytes = this.#bytes;
    this.#bytes = null;
    return bytes;
  }

  /**
   * A standard Response over the same bytes, made on first need (streams, blobs, form data). Its
   * status is the head's when a standard Response can carry it (200–599), else 200: only the body
   * readers are taken from it, never its status.
   */
  #asStandard(): Response {
    if (this.#standard === undefined) {
      if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
      const { status } = this.#head;
      const carried = status >= 200 && status <= 599 && !NULL_BODY_STATUSES.has(status);
      this.#standard = new Response(this.#bytes, { status: carried ? status : 200, headers: this.#head.headers });
      this.#bytes = null;
    }
    return this.#standard;
  }
}
