import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError, type Vendor } from '../src/errors.js';
import { createFlashbackClient, createOpenAIClient, createTelnyxClient, DEFAULT_BASE_URLS } from '../src/index.js';
import { FAKE_KEY, fast, json, startServer, type TestServer } from './support/server.js';

const factories = { telnyx: createTelnyxClient, flashback: createFlashbackClient, openai: createOpenAIClient } as const;
const envNames = { telnyx: 'TELNYX_API_KEY', flashback: 'FLASHBACK_API_KEY', openai: 'OPENAI_ADMIN_KEY' } as const;
const vendors = Object.keys(factories) as Vendor[];

let server: TestServer | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

/** `servers[0].url` of a spec, read with a regex so this test depends on no YAML parser. */
function specServerUrl(vendor: Vendor): string | undefined {
  const text = readFileSync(new URL(`../../../specs/${vendor}.yaml`, import.meta.url), 'utf8');
  return /^servers:\s*\n\s*-\s*url:\s*['"]?([^'"\s]+)/m.exec(text)?.[1];
}

describe.each(vendors)('%s client', (vendor) => {
  const create = factories[vendor];

  it("defaults to the spec's servers[0].url", () => {
    expect(specServerUrl(vendor)).toBeDefined();
    expect(DEFAULT_BASE_URLS[vendor]).toBe(specServerUrl(vendor));
    expect(create({ apiKey: 'k' }).baseUrl).toBe(specServerUrl(vendor));
  });

  it(`reads the key from ${envNames[vendor]}, and without one fails at construction`, () => {
    vi.stubEnv(envNames[vendor], 'from-env');
    expect(() => create()).not.toThrow();
    vi.stubEnv(envNames[vendor], '');
    expect(() => create()).toThrow(ConfigurationError);
    expect(() => create()).toThrow(envNames[vendor]);
  });

  it('refuses plain http to a non-loopback host', () => {
    expect(() => create({ apiKey: 'k', baseUrl: 'http://api.example.test' })).toThrow(ConfigurationError);
  });

  it('sends the key only as a bearer header, alongside custom headers, through raw', async () => {
    server = await startServer((_req, res) => json(res, 200, {}));
    const client = create({
      ...fast,
      baseUrl: `${server.url}/base/`,
      headers: { 'X-Trace': 't1', Authorization: 'Bearer wrong' },
    });
    expect(client.baseUrl).toBe(`${server.url}/base`);
    // biome-ignore lint/suspicious/noExplicitAny: any path will do for the transport check
    await (client.raw as any).GET('/ping');
    const seen = server.requests[0];
    expect(seen?.url.pathname).toBe('/base/ping');
    expect(seen?.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
    expect(seen?.headers['x-trace']).toBe('t1');
    expect(seen?.url.search).not.toContain(FAKE_KEY);
  });
});

describe('maxRelists', () => {
  it.each([Number.NaN, -1, 11, 1.5, Number.POSITIVE_INFINITY])(
    '%s is a ConfigurationError naming the option',
    (maxRelists) => {
      expect(() => createTelnyxClient({ apiKey: FAKE_KEY, maxRelists })).toThrow(ConfigurationError);
      expect(() => createOpenAIClient({ apiKey: FAKE_KEY, maxRelists })).toThrow(
        /maxRelists must be an integer from 0 to 10/,
      );
    },
  );

  it.each([0, 2, 10])('%i is accepted', (maxRelists) => {
    expect(() => createTelnyxClient({ apiKey: FAKE_KEY, maxRelists })).not.toThrow();
  });
});
