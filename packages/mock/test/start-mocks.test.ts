import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canConnect } from '../src/free-port.js';
import { VENDORS } from '../src/specs.js';
import { defaultReadyTimeoutMs, type Mocks, READY_TIMEOUT_ENV, startMocks } from '../src/start-mocks.js';
import { prismChildren as children, groupAlive, PRISM_START_MS, PRISM_TEST_MS } from './support/processes.js';

describe('startMocks', () => {
  let mocks: Mocks;
  beforeAll(async () => {
    mocks = await startMocks({ readyTimeoutMs: PRISM_START_MS });
  }, PRISM_TEST_MS);
  afterAll(() => mocks.stop());

  it('starts one mock per vendor, each on its own loopback port', () => {
    expect(mocks.mocks.map((m) => m.vendor)).toEqual(VENDORS);
    const urls = Object.values(mocks.baseUrls);
    expect(new Set(urls).size).toBe(3);
    for (const url of urls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const m of mocks.mocks) expect(mocks.baseUrls[m.vendor]).toBe(m.baseUrl);
  });

  it.each(VENDORS)('%s answers as Prism', async (vendor) => {
    const response = await fetch(`${mocks.baseUrls[vendor]}/no-such-path`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('NO_PATH_MATCHED_ERROR');
  });

  it('stops every process and its group, leaving no child behind', async () => {
    const pids = mocks.mocks.map((m) => m.pid);
    expect(children()).toEqual(expect.arrayContaining(pids));
    await mocks.stop();
    for (const pid of pids) expect(groupAlive(pid)).toBe(false);
    expect(children().filter((pid) => pids.includes(pid))).toEqual([]);
    for (const m of mocks.mocks) expect(await canConnect('127.0.0.1', Number(new URL(m.baseUrl).port))).toBe(false);
    await mocks.stop();
  });
});

describe('startMocks with a subset', () => {
  it(
    'starts only the vendors asked for and types baseUrls by them',
    async () => {
      const mocks = await startMocks({ vendors: ['flashback'], readyTimeoutMs: PRISM_START_MS });
      try {
        expect(Object.keys(mocks.baseUrls)).toEqual(['flashback']);
        expect(mocks.baseUrls.flashback).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      } finally {
        await mocks.stop();
      }
    },
    PRISM_TEST_MS,
  );

  it(
    'stops the mocks that started when another fails, and names the failure',
    async () => {
      const before = children();
      const error = await startMocks({
        vendors: ['telnyx', 'openai'],
        specPaths: { telnyx: '/nonexistent/telnyx.yaml' },
        readyTimeoutMs: PRISM_START_MS,
      }).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/could not start 1 of 2 mocks\ntelnyx: .*\/nonexistent\/telnyx\.yaml/);
      expect(children().filter((pid) => !before.includes(pid))).toEqual([]);
    },
    PRISM_TEST_MS,
  );
});

describe('ready timeout', () => {
  it('defaults to 60 s, or to ORGDIR_MOCK_READY_TIMEOUT_MS when set', () => {
    expect(READY_TIMEOUT_ENV).toBe('ORGDIR_MOCK_READY_TIMEOUT_MS');
    expect(defaultReadyTimeoutMs({})).toBe(60_000);
    expect(defaultReadyTimeoutMs({ ORGDIR_MOCK_READY_TIMEOUT_MS: '' })).toBe(60_000);
    expect(defaultReadyTimeoutMs({ ORGDIR_MOCK_READY_TIMEOUT_MS: '180000' })).toBe(180_000);
  });

  it.each(['abc', '0', '-5', '1.5', '12ms', '1e3', '99999999999999999999'])(
    'rejects ORGDIR_MOCK_READY_TIMEOUT_MS=%j, naming the variable and the value',
    (value) => {
      expect(() => defaultReadyTimeoutMs({ ORGDIR_MOCK_READY_TIMEOUT_MS: value })).toThrow(
        new RangeError(
          `@orgdir/mock: ORGDIR_MOCK_READY_TIMEOUT_MS must be a positive whole number of milliseconds, got ${JSON.stringify(value)}`,
        ),
      );
    },
  );

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects readyTimeoutMs %s before starting any Prism',
    async (readyTimeoutMs) => {
      const before = children();
      await expect(startMocks({ vendors: ['flashback'], readyTimeoutMs })).rejects.toThrow(
        new RangeError(`@orgdir/mock: readyTimeoutMs must be a positive number, got ${readyTimeoutMs}`),
      );
      expect(children().filter((pid) => !before.includes(pid))).toEqual([]);
    },
  );

  it('reads the variable when startMocks is given no readyTimeoutMs', async () => {
    const saved = process.env[READY_TIMEOUT_ENV];
    process.env[READY_TIMEOUT_ENV] = 'soon';
    try {
      await expect(startMocks({ vendors: ['flashback'] })).rejects.toThrow(/ORGDIR_MOCK_READY_TIMEOUT_MS .*"soon"/);
    } finally {
      if (saved === undefined) delete process.env[READY_TIMEOUT_ENV];
      else process.env[READY_TIMEOUT_ENV] = saved;
    }
  });
});
