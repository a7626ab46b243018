import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canConnect } from '../src/free-port.js';
import { PrismStartError } from '../src/prism.js';
import { VENDORS } from '../src/specs.js';
import { defaultReadyTimeoutMs, type Mocks, READY_TIMEOUT_ENV, startMocks } from '../src/start-mocks.js';
import { prismChildren as children, groupAlive, PRISM_START_MS, PRISM_TEST_MS, repoSpec } from './support/processes.js';
import { useTempDir, writeSpecWithoutOperations } from './support/temp-specs.js';

const tempDir = useTempDir('orgdir-mock-start-');

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

  it('serves every vendor from one process, each mock with its own output', () => {
    const pids = new Set(mocks.mocks.map((m) => m.pid));
    expect(pids.size).toBe(1);
    expect(children()).toEqual([...pids]);
    for (const m of mocks.mocks) {
      expect(m.output()).toContain(`Prism is listening on ${m.baseUrl}`);
      for (const other of mocks.mocks.filter((o) => o !== m)) expect(m.output()).not.toContain(other.baseUrl);
    }
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
    'starts only the vendors asked for; a spec that sets json-schema-faker options gets a process of its own',
    async () => {
      // Prism applies x-json-schema-faker process-wide, so sharing a process would leak it to openai.
      const flashback = path.join(tempDir(), 'flashback-faker.yaml');
      await writeFile(
        flashback,
        (await readFile(repoSpec('flashback'), 'utf8')).replace(
          /^info:/m,
          'x-json-schema-faker:\n  min-items: 1\ninfo:',
        ),
      );
      const mocks = await startMocks({
        vendors: ['flashback', 'openai'],
        specPaths: { flashback },
        readyTimeoutMs: PRISM_START_MS,
      });
      try {
        expect(Object.keys(mocks.baseUrls)).toEqual(['flashback', 'openai']);
        expect(mocks.baseUrls.flashback).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(mocks.mocks[0]?.specPath).toBe(flashback);
        expect(new Set(mocks.mocks.map((m) => m.pid)).size).toBe(2);
        for (const url of Object.values(mocks.baseUrls)) expect((await fetch(`${url}/no-such-path`)).status).toBe(404);
      } finally {
        await mocks.stop();
      }
    },
    PRISM_TEST_MS,
  );

  it(
    'names every spec that fails to load among good ones, and stops the ones that started',
    async () => {
      const before = children();
      const empty = await writeSpecWithoutOperations(path.join(tempDir(), 'no-operations.yaml'));
      const error = await startMocks({
        specPaths: { telnyx: '/nonexistent/telnyx.yaml', flashback: empty },
        readyTimeoutMs: PRISM_START_MS,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PrismStartError);
      const message = (error as PrismStartError).message;
      expect(message).toMatch(/could not start 2 of 3 mocks\ntelnyx: .*\/nonexistent\/telnyx\.yaml/);
      expect(message).toMatch(/\nflashback: .*no-operations\.yaml failed before it was ready: No operations found/);
      expect(message).not.toMatch(/\nopenai:/);
      expect((error as PrismStartError).output).toContain('No operations found');
      expect(children().filter((pid) => !before.includes(pid))).toEqual([]);
    },
    PRISM_TEST_MS,
  );

  it('names every vendor that did not answer in time, and leaves no process behind', async () => {
    const before = children();
    const error = await startMocks({ vendors: ['telnyx', 'openai'], readyTimeoutMs: 50 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /could not start 2 of 2 mocks\ntelnyx: .*telnyx\.yaml did not answer within 50 ms[^\n]*\n(.*\n)*openai: .*openai\.yaml did not answer within 50 ms/,
    );
    expect(children().filter((pid) => !before.includes(pid))).toEqual([]);
  });
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
