/**
 * Construction refuses what would leak or smuggle: a key with CR/LF (or any control character),
 * a plain-http base URL to a non-loopback host, credentials in the base URL. The key travels only
 * as the bearer header, and neither the client object nor the refusal shows it. A numeric option
 * or paging argument that would switch a safety off (NaN retries forever, NaN lifts the size cap,
 * Infinity overflows the timer) is refused before any request.
 */
import { inspect } from 'node:util';
import { type FakeVendors, makeUsers, startFakeVendors } from '@orgdir/fake-vendors';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ClientOptions,
  ConfigurationError,
  createFlashbackClient,
  createOpenAIClient,
  createTelnyxClient,
  NUMERIC_OPTIONS,
  type NumericOption,
} from '../../src/index.js';
import { FAST, KEY, runs } from '../reliability/settings.js';
import { recordingFetch } from '../support/recording-fetch.js';

const FACTORIES = { telnyx: createTelnyxClient, flashback: createFlashbackClient, openai: createOpenAIClient } as const;
const VENDORS = Object.keys(FACTORIES) as Array<keyof typeof FACTORIES>;

/** The error construction throws, or undefined. */
function constructionError(vendor: keyof typeof FACTORIES, options: ClientOptions): unknown {
  try {
    FACTORIES[vendor](options);
    return undefined;
  } catch (error) {
    return error;
  }
}

const shows = (error: unknown, secret: string) =>
  [
    String(error),
    (error as Error).stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: null, showHidden: true }),
  ].some((text) => text.includes(secret));

describe('API key', () => {
  const smuggling = ['\r', '\n', '\r\n', '\0', '\x7f', '\t', '\r\nX-Injected: 1'];
  it.each(
    VENDORS.flatMap((vendor) =>
      smuggling.map((bad) => ({ vendor, bad: JSON.stringify(bad), key: `sk-abc${bad}def-secretpart` })),
    ),
  )('$vendor: a key containing $bad is refused at construction without echoing it', ({ vendor, key }) => {
    const error = constructionError(vendor, { apiKey: key });
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(shows(error, 'secretpart')).toBe(false);
  });

  it('property: any key holding a CR or LF anywhere is refused, and the refusal never shows it', () => {
    const key = fc
      .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('\r', '\n'), fc.string({ maxLength: 20 }))
      .map(([a, breaker, b]) => `sk-${a}${breaker}${b}-K3Y`);
    fc.assert(
      fc.property(fc.constantFrom(...VENDORS), key, (vendor, k) => {
        const error = constructionError(vendor, { apiKey: k });
        expect(error).toBeInstanceOf(ConfigurationError);
        expect(shows(error, k)).toBe(false);
      }),
      runs(100, 5_000),
    );
  });

  it.each(VENDORS)(
    '%s: a key that is not a valid header value (non-Latin-1) fails typed, never echoed',
    async (vendor) => {
      const key = 'sk-ключ-secretpart';
      const error =
        constructionError(vendor, { ...FAST, apiKey: key, baseUrl: 'http://127.0.0.1:9' }) ??
        (await listOnce(FACTORIES[vendor]({ ...FAST, apiKey: key, baseUrl: 'http://127.0.0.1:9', maxRetries: 0 })));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(shows(error, 'secretpart')).toBe(false);
    },
  );
});

/** Runs one listing of any client and returns what it threw. */
async function listOnce(client: ReturnType<(typeof FACTORIES)[keyof typeof FACTORIES]>): Promise<unknown> {
  const run = 'organization' in client ? client.organization.users.list() : client.users.list().toArray();
  return run.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('baseUrl', () => {
  const refused = [
    'http://api.telnyx.com/v2',
    'http://localhost.evil.example/v2',
    'http://127.0.0.1.nip.io/',
    'http://10.0.0.1/',
    'http://[::2]/',
    'ftp://127.0.0.1/',
    'file:///etc/passwd',
    'ws://127.0.0.1/',
    'javascript:alert(1)',
    'not a url',
    '//api.telnyx.com/v2',
  ];
  it.each(VENDORS.flatMap((vendor) => refused.map((baseUrl) => ({ vendor, baseUrl }))))(
    '$vendor: $baseUrl is refused',
    ({ vendor, baseUrl }) => {
      expect(constructionError(vendor, { apiKey: KEY, baseUrl })).toBeInstanceOf(ConfigurationError);
    },
  );

  const allowed = [
    'https://api.example.com/v2',
    'HTTPS://API.EXAMPLE.COM',
    'http://localhost:8080',
    'http://127.0.0.1:4010/v1',
    'http://127.9.9.9',
    'http://[::1]:3000',
  ];
  it.each(VENDORS.flatMap((vendor) => allowed.map((baseUrl) => ({ vendor, baseUrl }))))(
    '$vendor: $baseUrl is accepted',
    ({ vendor, baseUrl }) => {
      expect(constructionError(vendor, { apiKey: KEY, baseUrl })).toBeUndefined();
    },
  );

  const withCredentials = [
    'https://user:hunter2-pw@api.example.com/v2',
    'https://:hunter2-pw@api.example.com',
    'https://hunter2-pw@api.example.com',
    'http://user:hunter2-pw@127.0.0.1:4010',
  ];
  it.each(VENDORS.flatMap((vendor) => withCredentials.map((baseUrl) => ({ vendor, baseUrl }))))(
    '$vendor: credentials in $baseUrl are refused and not echoed',
    ({ vendor, baseUrl }) => {
      const error = constructionError(vendor, { apiKey: KEY, baseUrl });
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(shows(error, 'hunter2-pw')).toBe(false);
    },
  );

  it('property: a plain-http URL is accepted only for a loopback host', () => {
    const host = fc.oneof(
      fc.domain(),
      fc.ipV4(),
      fc.constantFrom(
        'localhost',
        '127.0.0.1',
        '[::1]',
        'localhost.',
        '127.0.0.1.example.com',
        'localhostx',
        'xlocalhost',
      ),
    );
    const loopback = (h: string) => /^(localhost\.?|127(\.\d{1,3}){3}|\[::1\])$/i.test(h);
    fc.assert(
      fc.property(fc.constantFrom(...VENDORS), host, (vendor, h) => {
        const error = constructionError(vendor, { apiKey: KEY, baseUrl: `http://${h}/v1` });
        if (!loopback(h)) expect(error, h).toBeInstanceOf(ConfigurationError);
      }),
      runs(200, 5_000),
    );
  });
});

describe('where the key travels', () => {
  let server: FakeVendors | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('only as `Authorization: Bearer <key>`, overriding a caller’s Authorization header, on every request', async () => {
    server = await startFakeVendors({ users: makeUsers(5), apiKey: KEY });
    const headers = { Authorization: 'Bearer someone-else', 'X-Trace': 'on' };
    await createTelnyxClient({ ...FAST, headers, baseUrl: server.baseUrl('telnyx') })
      .users.list({ pageSize: 2 })
      .toArray();
    await createTelnyxClient({ ...FAST, headers, baseUrl: server.baseUrl('telnyx') }).users.groupsReport({
      format: 'csv',
    });
    await createFlashbackClient({ ...FAST, headers, baseUrl: server.baseUrl('flashback') }).organization.users.list();
    await createOpenAIClient({ ...FAST, headers, baseUrl: server.baseUrl('openai') })
      .groups.users.list('g', { limit: 2 })
      .toArray();
    expect(server.requests.length).toBeGreaterThanOrEqual(8);
    for (const request of server.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
      const elsewhere = { ...request.headers, authorization: undefined, url: request.url };
      expect(JSON.stringify(elsewhere)).not.toContain(KEY);
    }
  });

  it.each(VENDORS)('%s: the client object does not show the key (inspect, JSON)', (vendor) => {
    const client = FACTORIES[vendor]({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9' });
    expect(inspect(client, { depth: null, showHidden: true })).not.toContain(KEY);
    expect(JSON.stringify(client) ?? '').not.toContain(KEY);
  });
});

/** Values that once switched a safety off or crashed, plus the other non-numbers. */
const HOSTILE = [NaN, Infinity, -Infinity, Number('1e309'), -1, 2.5, '4', null, 2 ** 31];

describe('numeric options', () => {
  const options = Object.keys(NUMERIC_OPTIONS) as NumericOption[];
  const cases = VENDORS.flatMap((vendor) =>
    options.flatMap((option) =>
      HOSTILE.filter((value) => !accepted(option, value)).map((value) => ({ vendor, option, value })),
    ),
  );

  it.each(cases)('$vendor: $option = $value is refused at construction, naming it', ({ vendor, option, value }) => {
    const { fetch, urls } = recordingFetch({});
    const error = constructionError(vendor, { apiKey: KEY, fetch, [option]: value } as ClientOptions);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(new RegExp(`^${option} must be an? (integer|number) from `));
    expect(urls).toEqual([]);
  });

  it.each(VENDORS)('%s: every option at its bounds builds a client', (vendor) => {
    for (const bound of ['min', 'max'] as const) {
      const given = Object.fromEntries(options.map((option) => [option, NUMERIC_OPTIONS[option][bound]]));
      expect(constructionError(vendor, { apiKey: KEY, ...given })).toBeUndefined();
    }
  });
});

/** True when `value` lies in `option`'s range (2.5 is fine for a delay, not for a count). */
function accepted(option: NumericOption, value: unknown): boolean {
  const { min, max, integer } = NUMERIC_OPTIONS[option];
  return typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value));
}

/** One page each listing accepts: a single user, no more pages. */
const TELNYX_PAGE = { data: [{ id: 'user-1' }], meta: { total_pages: 1, page_number: 1, total_results: 1 } };
const OPENAI_PAGE = { object: 'list', data: [{ id: 'user-1', email: 'a@example.com' }], has_more: false };

/** Each per-call paging argument: its name, the query parameter it becomes, its range and a listing that takes it. */
const PAGING = [
  {
    name: 'telnyx users.list({ pageSize })',
    argument: 'pageSize',
    query: 'page[size]',
    range: [1, 250],
    page: TELNYX_PAGE,
    list: (fetch: typeof globalThis.fetch, value: unknown) =>
      createTelnyxClient({ ...FAST, fetch }).users.list({ pageSize: value as number }),
  },
  {
    name: 'openai users.list({ limit })',
    argument: 'limit',
    query: 'limit',
    range: [1, 1000],
    page: OPENAI_PAGE,
    list: (fetch: typeof globalThis.fetch, value: unknown) =>
      createOpenAIClient({ ...FAST, fetch }).users.list({ limit: value as number }),
  },
  {
    name: 'openai groups.list({ limit })',
    argument: 'limit',
    query: 'limit',
    range: [1, 1000],
    page: OPENAI_PAGE,
    list: (fetch: typeof globalThis.fetch, value: unknown) =>
      createOpenAIClient({ ...FAST, fetch }).groups.list({ limit: value as number }),
  },
  {
    name: 'openai groups.users.list(id, { limit })',
    argument: 'limit',
    query: 'limit',
    range: [1, 100],
    page: OPENAI_PAGE,
    list: (fetch: typeof globalThis.fetch, value: unknown) =>
      createOpenAIClient({ ...FAST, fetch }).groups.users.list('group_1', { limit: value as number }),
  },
] as const;

describe('paging arguments', () => {
  const cases = PAGING.flatMap((listing) => {
    const [min, max] = listing.range;
    return [min - 1, max + 1, min + 0.5, NaN, Infinity, -1, String(min), null].map((value) => ({ ...listing, value }));
  });

  it.each(cases)('$name: $value is refused when the listing is created; no request is sent', (c) => {
    const { fetch, urls } = recordingFetch(c.page);
    expect(() => c.list(fetch, c.value)).toThrow(ConfigurationError);
    expect(() => c.list(fetch, c.value)).toThrow(
      new RegExp(`^${c.argument} must be an integer from ${c.range[0]} to ${c.range[1]}; got `),
    );
    expect(urls).toEqual([]);
  });

  it.each(PAGING.flatMap((listing) => listing.range.map((value) => ({ ...listing, value }))))(
    '$name: $value (a bound) is sent as given',
    async (c) => {
      const { fetch, urls } = recordingFetch(c.page);
      await expect(c.list(fetch, c.value).toArray()).resolves.toHaveLength(1);
      expect(urls.map((url) => url.searchParams.get(c.query))).toEqual([String(c.value)]);
    },
  );
});
