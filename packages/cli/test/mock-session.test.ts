import { describe, expect, it } from 'vitest';
import { descendants, finished, runCli, spawnCli, waitForExit } from './helpers/run-cli.js';

/** The PIDs that the `started Prism mocks: …` notice names. */
function announcedPids(stderr: string): number[] {
  return [...stderr.matchAll(/\(pid (\d+)\)/g)].map((m) => Number(m[1]));
}

describe('--mock', () => {
  it('directory --mock: rows from every vendor, exit 0, no Prism left behind', async () => {
    const result = await runCli(['directory', '--mock'], { timeoutMs: 90_000 });
    expect(result.code).toBe(0);
    for (const vendor of ['telnyx', 'flashback', 'openai']) expect(result.stdout).toMatch(new RegExp(`^${vendor} +\\S+@`, 'm'));
    expect(result.stdout).toMatch(/\ntelnyx: \d+ users?\nflashback: \d+ users?\nopenai: \d+ users?\n$/);
    const pids = announcedPids(result.stderr);
    expect(pids).toHaveLength(3);
    expect(await waitForExit(pids)).toEqual([]);
  }, 90_000);

  it('starts only the mocks of the vendors asked for, and needs no key', async () => {
    const result = await runCli(['users', 'flashback', '--mock', '--format', 'json'], { timeoutMs: 60_000 });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Array<{ vendor: string }>).every((u) => u.vendor === 'flashback')).toBe(true);
    const pids = announcedPids(result.stderr);
    expect(pids).toHaveLength(1);
    expect(await waitForExit(pids)).toEqual([]);
  }, 60_000);

  it('report telnyx --mock --quiet: no notice, mocks stopped', async () => {
    const result = await runCli(['report', 'telnyx', '--mock', '--quiet', '--format', 'csv'], { timeoutMs: 60_000 });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^id,email,record_type,user_status,created_at,last_sign_in_at,groups\r\n/);
  }, 60_000);

  it('SIGINT during the run stops the mocks and exits 130', async () => {
    const child = spawnCli(['directory', '--mock']);
    const done = finished(child, 60_000);
    // Wait until the Prism processes exist, then interrupt (mid-startup or mid-run).
    let pids: number[] = [];
    const deadline = Date.now() + 20_000;
    while (pids.length < 3 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      pids = descendants(child.pid ?? -1);
    }
    expect(pids.length).toBeGreaterThan(0);
    child.kill('SIGINT');
    const result = await done;
    expect(result.code).toBe(130);
    expect(await waitForExit(pids)).toEqual([]);
  }, 60_000);
});
