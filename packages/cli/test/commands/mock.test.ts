import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/assertions.js';
import { descendants, finished, runCli, spawnCli, waitForExit, waitForOutput } from '../helpers/run-cli.js';

/** `orgdir mock`, started once for this file; its Prism processes; the base URLs it printed. */
let server: ChildProcess;
let exited: ReturnType<typeof finished>;
let prismPids: number[] = [];
const baseUrls: Record<string, string> = {};

const LINE = /^(telnyx|flashback|openai) +(http:\/\/127\.0\.0\.1:\d+)$/;
const DUMMY_KEYS = { TELNYX_API_KEY: 'dummy-telnyx', FLASHBACK_API_KEY: 'dummy-flashback', OPENAI_ADMIN_KEY: 'dummy-openai' };

function mockFlags(): string[] {
  return ['--base-url-telnyx', baseUrls.telnyx ?? '', '--base-url-flashback', baseUrls.flashback ?? '', '--base-url-openai', baseUrls.openai ?? ''];
}

beforeAll(async () => {
  server = spawnCli(['mock']);
  const stdout = await waitForOutput(server, (out) => out.split('\n').filter((l) => LINE.test(l)).length === 3);
  exited = finished(server, 120_000);
  for (const line of stdout.trim().split('\n')) {
    const [, vendor, url] = LINE.exec(line) ?? [];
    if (vendor && url) baseUrls[vendor] = url;
  }
  prismPids = descendants(server.pid ?? -1);
}, 90_000);

afterAll(() => {
  if (server.exitCode === null) server.kill('SIGKILL');
  for (const pid of prismPids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
});

describe('orgdir mock', () => {
  it('prints one base URL per vendor and keeps a Prism running for each', () => {
    expect(Object.keys(baseUrls).sort()).toEqual(['flashback', 'openai', 'telnyx']);
    expect(prismPids.length).toBeGreaterThanOrEqual(3);
  });

  it('directory against the running mocks: rows from all three vendors, exit 0', async () => {
    const result = await runCli(['directory', '--format', 'csv', ...mockFlags()], { env: DUMMY_KEYS });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const vendors = new Set(parseCsv(result.stdout).slice(1).map((r) => r[0]));
    expect([...vendors].sort()).toEqual(['flashback', 'openai', 'telnyx']);
  });

  it.each([
    [['users', 'telnyx', '--format', 'json']],
    [['users', 'flashback', '--format', 'ndjson']],
    [['users', 'openai', '--format', 'table']],
    [['users', 'openai', '--group', 'group_01J1F8ABCDXYZ', '--format', 'csv']],
    [['report', 'telnyx']],
    [['report', 'telnyx', '--format', 'csv']],
  ])('%j against the running mocks exits 0 with output', async (args) => {
    const result = await runCli([...args, ...mockFlags()], { env: DUMMY_KEYS });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('SIGINT stops every Prism and exits 0', async () => {
    server.kill('SIGINT');
    const result = await exited;
    expect(result.code).toBe(0);
    expect(await waitForExit(prismPids)).toEqual([]);
  }, 30_000);
});

describe('orgdir mock: SIGTERM', () => {
  it('stops every Prism and exits 0', async () => {
    const child = spawnCli(['mock']);
    await waitForOutput(child, (out) => out.split('\n').filter((l) => LINE.test(l)).length === 3);
    const done = finished(child);
    const pids = descendants(child.pid ?? -1);
    expect(pids.length).toBeGreaterThanOrEqual(3);
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
    expect(await waitForExit(pids)).toEqual([]);
  }, 90_000);
});
