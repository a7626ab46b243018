import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canConnect } from '../src/free-port.js';
import { VENDORS } from '../src/specs.js';
import { type Mocks, startMocks } from '../src/start-mocks.js';
import { prismChildren as children, groupAlive } from './support/processes.js';

describe('startMocks', () => {
  let mocks: Mocks;
  beforeAll(async () => {
    mocks = await startMocks();
  }, 30_000);
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
  it('starts only the vendors asked for and types baseUrls by them', async () => {
    const mocks = await startMocks({ vendors: ['flashback'] });
    try {
      expect(Object.keys(mocks.baseUrls)).toEqual(['flashback']);
      expect(mocks.baseUrls.flashback).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await mocks.stop();
    }
  }, 30_000);

  it('stops the mocks that started when another fails, and names the failure', async () => {
    const before = children();
    const error = await startMocks({
      vendors: ['telnyx', 'openai'],
      specPaths: { telnyx: '/nonexistent/telnyx.yaml' },
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/could not start 1 of 2 mocks\ntelnyx: .*\/nonexistent\/telnyx\.yaml/);
    expect(children().filter((pid) => !before.includes(pid))).toEqual([]);
  }, 30_000);
});
