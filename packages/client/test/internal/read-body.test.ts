import { describe, expect, it } from 'vitest';
import { ResponseTooLargeError } from '../../src/errors.js';
import { bodyBytes, readCapped } from '../../src/internal/read-body.js';

/** A received response whose body arrives in the given chunks. */
function received(chunks: string[], init: ResponseInit = {}): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/json', 'x-a': '1' }, ...init });
}

describe('readCapped', () => {
  it.each([
    ['one chunk', ['{"a":1}']],
    ['many chunks', ['{"a"', ':', '1}']],
    ['a UTF-8 byte order mark', ['\uFEFF{"a":1}']],
  ])('json() of a body in %s', async (_name, chunks) => {
    const response = await readCapped(received(chunks), 1000);
    expect(await response.json()).toEqual({ a: 1 });
    expect(bodyBytes(response)).toBe(new TextEncoder().encode(chunks.join('')).byteLength);
  });

  it('keeps status, status text and the received headers', async () => {
    const response = await readCapped(received(['x'], { status: 404, statusText: 'Nope' }), 1000);
    expect([response.status, response.statusText, response.ok]).toEqual([404, 'Nope', false]);
    expect(response.headers.get('x-a')).toBe('1');
    expect(response).toBeInstanceOf(Response);
  });

  it.each([
    ['text', (r: Response) => r.text(), 'héllo'],
    ['arrayBuffer', async (r: Response) => new TextDecoder().decode(await r.arrayBuffer()), 'héllo'],
    ['blob', async (r: Response) => (await r.blob()).text(), 'héllo'],
    ['body stream', (r: Response) => new Response(r.body).text(), 'héllo'],
    ['clone', (r: Response) => r.clone().text(), 'héllo'],
  ])('reads the body through %s', async (_name, read, expected) => {
    expect(await read(await readCapped(received(['hé', 'llo']), 1000))).toBe(expected);
  });

  it.each([
    ['text', (r: Response) => r.text()],
    ['json', (r: Response) => r.json()],
    ['blob', (r: Response) => r.blob()],
  ])('refuses a second read through %s, as any Response does', async (_name, read) => {
    const response = await readCapped(received(['{}']), 1000);
    await response.text();
    expect(response.bodyUsed).toBe(true);
    await expect(read(response)).rejects.toThrow(TypeError);
  });

  it('refuses a body over the cap, whether declared or streamed', async () => {
    await expect(readCapped(received(['0123456789']), 5)).rejects.toThrow(ResponseTooLargeError);
    await expect(readCapped(received(['01'], { headers: { 'content-length': '10' } }), 5)).rejects.toThrow(
      ResponseTooLargeError,
    );
  });

  it('fails on a body cut short instead of returning what arrived', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        controller.error(new TypeError('terminated'));
      },
    });
    await expect(readCapped(new Response(stream), 1000)).rejects.toThrow('terminated');
  });

  describe('when the HTTP parser enforces Content-Length (the global fetch)', () => {
    const declared = (chunks: string[]) => ({
      headers: { 'content-length': String(new TextEncoder().encode(chunks.join('')).byteLength) },
    });

    it.each([
      ['one chunk', ['{"a":1}']],
      ['many chunks', ['{"a"', ':', '1}']],
      ['non-ASCII text', ['{"a":"h', 'é"}']],
    ])('reads a body in %s whole, with its size', async (_name, chunks) => {
      const response = await readCapped(received(chunks, declared(chunks)), 1000, undefined, true);
      expect(await response.json()).toEqual(JSON.parse(chunks.join('')));
      expect(bodyBytes(response)).toBe(new TextEncoder().encode(chunks.join('')).byteLength);
    });

    it('refuses a declared length over the cap before reading', async () => {
      await expect(
        readCapped(received(['01'], { headers: { 'content-length': '10' } }), 5, undefined, true),
      ).rejects.toThrow(ResponseTooLargeError);
    });

    it('still refuses a body over the cap that its declared length understated', async () => {
      await expect(
        readCapped(received(['0123456789'], { headers: { 'content-length': '2' } }), 5, undefined, true),
      ).rejects.toThrow(ResponseTooLargeError);
    });

    it('fails on a body cut short instead of returning what arrived', async () => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"a":'));
          controller.error(new TypeError('terminated'));
        },
      });
      const response = new Response(stream, { headers: { 'content-length': '7' } });
      await expect(readCapped(response, 1000, undefined, true)).rejects.toThrow('terminated');
    });
  });

  it('gives an empty, null body for a 204', async () => {
    const response = await readCapped(new Response(null, { status: 204 }), 1000);
    expect(response.body).toBeNull();
    expect(await response.text()).toBe('');
    expect(bodyBytes(response)).toBe(0);
  });
});
