import { mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/snapshot/read-snapshot.js';
import type { Snapshot } from '../../src/snapshot/snapshot.js';
import { expectDirEntries, expectNoKeys } from '../support/assertions.js';
import { FAKE_ENV, FAKE_KEYS, useFakeVendors } from '../support/fake-vendors.js';
import { runMain } from '../support/run-main.js';

const NOW = new Date('2026-10-01T09:30:00.000Z');

const setup = useFakeVendors('orgdir-snapshot-');

/** `orgdir <command>` against the fake vendors at the fixed clock. */
function run(args: string[], env: Record<string, string> = FAKE_ENV) {
  return runMain([...args, ...setup.fake.flags, '--max-retries', '0'], { env, now: NOW });
}

/** Asserts that the file's text holds no fake key at all. */
function expectNoKeyIn(text: string): void {
  for (const key of Object.values(FAKE_KEYS)) expect(text).not.toContain(key);
}

describe('orgdir snapshot', () => {
  it('writes the documented shape: schemaVersion, takenAt, vendors with unmapped records, users with raw', async () => {
    const file = join(await mkdtemp(join(setup.dir, 'ok-')), 'q4.json');
    const result = await run(['snapshot', '--output', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`orgdir: wrote a snapshot of 8 users to ${file}`);
    const text = await readFile(file, 'utf8');
    const snapshot = JSON.parse(text) as Snapshot;
    expect(Object.keys(snapshot)).toEqual(['schemaVersion', 'takenAt', 'vendors', 'users']);
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.takenAt).toBe(NOW.toISOString());
    expect(snapshot.vendors).toEqual([
      { vendor: 'telnyx', status: 'complete', users: 3, unmapped: [] },
      {
        vendor: 'flashback',
        status: 'complete',
        users: 3,
        unmapped: [{ reason: 'missing email', record: expect.objectContaining({ id: 'f-4' }) }],
      },
      { vendor: 'openai', status: 'complete', users: 2, unmapped: [] },
    ]);
    expect(snapshot.users).toHaveLength(8);
    expect(snapshot.users.find((u) => u.id === 't-3')?.raw).toMatchObject({ organization_user_bypasses_sso: true });
    expect(parseSnapshot(snapshot)).toEqual(snapshot);
    expectNoKeyIn(text);
  });

  it('a failed vendor is recorded as failed, with its error and no users; the file is still written, exit 1', async () => {
    setup.fake.behave('openai', { status: 500 });
    const out = await mkdtemp(join(setup.dir, 'failed-'));
    const file = join(out, 'q4.json');
    const result = await run(['snapshot', '--output', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^orgdir: openai: 500 /m);
    expect(result.stderr).toContain('(incomplete)');
    const snapshot = parseSnapshot(JSON.parse(await readFile(file, 'utf8')));
    expect(snapshot.vendors.find((v) => v.vendor === 'openai')).toEqual({
      vendor: 'openai',
      status: 'failed',
      users: 0,
      unmapped: [],
      error: expect.stringMatching(/^openai: 500 /),
    });
    expect(snapshot.users.some((u) => u.vendor === 'openai')).toBe(false);
    expect(snapshot.users).toHaveLength(6);
    await expectDirEntries(out, ['q4.json']);
  });

  it('a vendor without a key is recorded as skipped', async () => {
    const { TELNYX_API_KEY: _omit, ...env } = FAKE_ENV;
    const result = await run(['snapshot'], env);
    expect(result.code).toBe(0);
    const snapshot = parseSnapshot(JSON.parse(result.stdout));
    expect(snapshot.vendors[0]).toEqual({
      vendor: 'telnyx',
      status: 'skipped',
      users: 0,
      unmapped: [],
      error: 'TELNYX_API_KEY not set',
    });
  });

  it('a key echoed back by a failing vendor never reaches the snapshot', async () => {
    setup.fake.behave('telnyx', { status: 401, echoAuthorization: true });
    const file = join(await mkdtemp(join(setup.dir, 'echo-')), 'q4.json');
    const result = await run(['snapshot', '--output', file]);
    expect(result.code).toBe(1);
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/Bad header: Bearer (\[redacted\]|\*\*\*)/);
    expectNoKeyIn(text);
    expectNoKeys(result);
  });

  it('directory --format snapshot prints the same document', async () => {
    const snapshot = await run(['snapshot']);
    const directory = await run(['directory', '--format', 'snapshot']);
    expect(directory.code).toBe(0);
    expect(directory.stdout).toBe(snapshot.stdout);
  });

  it('directory --format snapshot --output still writes when a vendor failed', async () => {
    setup.fake.behave('flashback', { status: 403 });
    const out = await mkdtemp(join(setup.dir, 'dir-failed-'));
    const result = await run(['directory', '--format', 'snapshot', '--output', join(out, 's.json')]);
    expect(result.code).toBe(1);
    await expectDirEntries(out, ['s.json']);
    const snapshot = parseSnapshot(JSON.parse(await readFile(join(out, 's.json'), 'utf8')));
    expect(snapshot.vendors.map((v) => v.status)).toEqual(['complete', 'failed', 'complete']);
  });

  it('an unwritable target is an output error (exit 4) naming the file, and leaves no temp file', async () => {
    const out = await mkdtemp(join(setup.dir, 'unwritable-'));
    const target = join(out, 'missing', 'q4.json');
    const result = await run(['snapshot', '--output', target]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`orgdir: cannot write ${target}`);
    await expectDirEntries(out, []);
  });
});
