import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/review/types.js';
import { parseCsv } from '../support/assertions.js';
import {
  type CliResult,
  descendants,
  finished,
  isAlive,
  runCli,
  spawnCli,
  waitForExit,
  waitForOutput,
} from '../support/run-cli.js';
import { runMain } from '../support/run-main.js';

/*
 * Every test that starts Prism, in one file, so that the two full sets of mocks start one after the
 * other (each Prism costs seconds of CPU; the vitest config schedules this file first). The real
 * `orgdir mock` started in beforeAll is the shared Prism for the commands run (in-process) against it, then
 * its SIGINT is tested; after it, `--mock` proves it starts and stops mocks of its own. The `--mock`
 * wiring (which vendors, placeholder key, --quiet, stop on failure) is tested in-process in
 * test/connections.test.ts.
 */

/** The rules of a review's JSON output, sorted. */
function rulesOf(stdout: string): string[] {
  const { findings } = JSON.parse(stdout) as { findings: Array<{ rule: string }> };
  return [...new Set(findings.map((f) => f.rule))].sort();
}

/** Every rule but the given ones, sorted. */
const rulesBut = (...left: string[]) => RULE_IDS.filter((r) => !left.includes(r)).sort();

const LINE = /^(telnyx|flashback|openai) +(http:\/\/127\.0\.0\.1:\d+)$/;
const DUMMY_KEYS = {
  TELNYX_API_KEY: 'dummy-telnyx',
  FLASHBACK_API_KEY: 'dummy-flashback',
  OPENAI_ADMIN_KEY: 'dummy-openai',
};
/** Prism's startup is CPU-heavy: generous (see the README's machine-size notes). */
const PRISM_TIMEOUT_MS = 120_000;
/** The CLI's own Prism start budget (`@orgdir/mock` reads it), inside the test's. */
const PRISM_ENV = { ORGDIR_MOCK_READY_TIMEOUT_MS: String(PRISM_TIMEOUT_MS - 20_000) };

/** `orgdir mock`, started once for this file; its Prism processes; the base URLs it printed. */
let server: ChildProcess;
let exited: Promise<CliResult>;
let prismPids: number[] = [];
/** Set once the SIGINT test has seen every Prism of `server` exit. */
let prismStopped = false;
const baseUrls: Record<string, string> = {};

function mockFlags(): string[] {
  return [
    '--base-url-telnyx',
    baseUrls.telnyx ?? '',
    '--base-url-flashback',
    baseUrls.flashback ?? '',
    '--base-url-openai',
    baseUrls.openai ?? '',
  ];
}

/** The PIDs that the `started Prism mocks: …` notice names. */
function announcedPids(stderr: string): number[] {
  return [...stderr.matchAll(/\(pid (\d+)\)/g)].map((m) => Number(m[1]));
}

/** Polls until `pid` has at least `count` descendants (its Prism process exists), or gives up. */
async function waitForDescendants(pid: number, count: number, timeoutMs = 30_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let pids = descendants(pid);
  while (pids.length < count && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    pids = descendants(pid);
  }
  return pids;
}

beforeAll(async () => {
  server = spawnCli(['mock'], { env: PRISM_ENV });
  exited = finished(server, PRISM_TIMEOUT_MS * 2);
  const stdout = await waitForOutput(
    server,
    (out) => out.split('\n').filter((l) => LINE.test(l)).length === 3,
    PRISM_TIMEOUT_MS,
  );
  for (const line of stdout.trim().split('\n')) {
    const [, vendor, url] = LINE.exec(line) ?? [];
    if (vendor && url) baseUrls[vendor] = url;
  }
  prismPids = descendants(server.pid ?? -1);
}, PRISM_TIMEOUT_MS);

afterAll(() => {
  // Only when a test failed before the mocks were stopped: never leave a Prism behind.
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  if (prismStopped) return;
  for (const pid of prismPids.filter(isAlive)) process.kill(pid, 'SIGKILL');
});

describe('orgdir mock', () => {
  it('prints one base URL per vendor and keeps Prism running for them', () => {
    expect(Object.keys(baseUrls).sort()).toEqual(['flashback', 'openai', 'telnyx']);
    expect(new Set(Object.values(baseUrls)).size).toBe(3);
    // @orgdir/mock serves every spec from one Prism process (each on its own port).
    expect(prismPids.length).toBeGreaterThanOrEqual(1);
  });

  // In-process (main()): what these prove is that each command's requests and answers fit Prism's; the
  // binary's own part (real streams, exit code) runs against Prism below and in e2e/fake-vendors.test.ts.
  describe.concurrent('the commands against the running mocks', () => {
    it('directory --format csv: rows from all three vendors, exit 0', async ({ expect }) => {
      const result = await runMain(['directory', '--format', 'csv', ...mockFlags()], { env: DUMMY_KEYS });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const vendors = new Set(
        parseCsv(result.stdout)
          .slice(1)
          .map((r) => r[0]),
      );
      expect([...vendors].sort()).toEqual(['flashback', 'openai', 'telnyx']);
    });

    it('review: the example organization shows every rule but external-domain and incomplete', async ({ expect }) => {
      const result = await runMain(['review', '--format', 'json', ...mockFlags()], { env: DUMMY_KEYS });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(rulesOf(result.stdout)).toEqual(rulesBut('external-domain', 'incomplete'));
    });

    it('review --domain example.com: every rule but incomplete, exit 0', async ({ expect }) => {
      const result = await runMain(['review', '--domain', 'example.com', '--format', 'json', ...mockFlags()], {
        env: DUMMY_KEYS,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(rulesOf(result.stdout)).toEqual(rulesBut('incomplete'));
    });

    it('verify: every operation of every vendor called and clean against its spec, exit 0', async ({ expect }) => {
      const result = await runMain(['verify', '--format', 'json', ...mockFlags()], { env: DUMMY_KEYS });
      expect(result.code).toBe(0);
      const { vendors } = JSON.parse(result.stdout) as {
        vendors: Array<{ vendor: string; status: string; operations: Array<{ requests: number; drift: unknown[] }> }>;
      };
      expect(vendors.map((v) => [v.vendor, v.status])).toEqual([
        ['telnyx', 'clean'],
        ['flashback', 'clean'],
        ['openai', 'clean'],
      ]);
      for (const v of vendors) {
        expect(v.operations.length).toBeGreaterThan(0);
        for (const o of v.operations) {
          expect(o.requests).toBeGreaterThan(0);
          expect(o.drift).toEqual([]);
        }
      }
    });

    // Prism validates each request against the spec (--errors): filters and paths must be the documented ones.
    it.for([
      { command: 'users telnyx --status disabled --email example --format json' },
      { command: 'users openai --group group_01J1F8ABCDXYZ --format ndjson' },
      { command: 'report telnyx --format csv' },
    ])('$command exits 0 with output', async ({ command }, { expect }) => {
      const result = await runMain([...command.split(' '), ...mockFlags()], { env: DUMMY_KEYS });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(0);
    });
  });

  it(
    'SIGINT stops every Prism and exits 0',
    async () => {
      server.kill('SIGINT');
      const result = await exited;
      expect(result.code).toBe(0);
      expect(await waitForExit(prismPids)).toEqual([]);
      prismStopped = true;
    },
    PRISM_TIMEOUT_MS,
  );
});

// Each starts a Prism process of its own; the interrupted ones stop it within a second, so the three
// run side by side. That `verify --mock` and `review --mock` start and stop the mocks the same way is
// tested in-process (test/connections.test.ts): they share src/mock-session.ts with directory.
describe.concurrent('Prism processes of their own', () => {
  it(
    'orgdir mock: SIGTERM while the mocks start stops every Prism and exits 0',
    async ({ expect }) => {
      const child = spawnCli(['mock'], { env: PRISM_ENV });
      const done = finished(child, PRISM_TIMEOUT_MS);
      const pids = await waitForDescendants(child.pid ?? -1, 1);
      expect(pids.length).toBeGreaterThanOrEqual(1);
      child.kill('SIGTERM');
      expect((await done).code).toBe(0);
      expect(await waitForExit(pids)).toEqual([]);
    },
    PRISM_TIMEOUT_MS,
  );

  it(
    'directory --mock: rows from every vendor, exit 0, no Prism left behind',
    async ({ expect }) => {
      const result = await runCli(['directory', '--mock'], { env: PRISM_ENV, timeoutMs: PRISM_TIMEOUT_MS });
      expect(result.code).toBe(0);
      for (const vendor of ['telnyx', 'flashback', 'openai'])
        expect(result.stdout).toMatch(new RegExp(`^${vendor} +\\S+@`, 'm'));
      expect(result.stdout).toMatch(/\ntelnyx: \d+ users?\nflashback: \d+ users?\nopenai: \d+ users?\n$/);
      const pids = announcedPids(result.stderr);
      expect(pids).toHaveLength(3);
      expect(await waitForExit(pids)).toEqual([]);
    },
    PRISM_TIMEOUT_MS,
  );

  it(
    'directory --mock: SIGINT during the run stops the mocks and exits 130',
    async ({ expect }) => {
      const child = spawnCli(['directory', '--mock'], { env: PRISM_ENV });
      const done = finished(child, PRISM_TIMEOUT_MS);
      // Interrupt once the Prism process exists (mid-startup or mid-run).
      const pids = await waitForDescendants(child.pid ?? -1, 1);
      expect(pids.length).toBeGreaterThan(0);
      child.kill('SIGINT');
      const result = await done;
      expect(result.code).toBe(130);
      expect(await waitForExit(pids)).toEqual([]);
    },
    PRISM_TIMEOUT_MS,
  );
});
