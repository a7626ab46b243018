import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAKE_ENV, useFakeVendors } from './support/fake-vendors.js';
import { runMain } from './support/run-main.js';

// In-process: how `--output`, `--format` and `--raw` settle before a command runs.

const setup = useFakeVendors('orgdir-outopts-');

const run = (args: string[]) => runMain([...args, ...setup.fake.flags, '--max-retries', '0'], { env: FAKE_ENV });

/** What the content of each format looks like. */
const looksLike = {
  csv: (text: string) => text.startsWith('vendor,id,email,'),
  json: (text: string) => {
    const parsed = JSON.parse(text) as { vendors?: unknown; users?: unknown };
    return Array.isArray(parsed.vendors) && Array.isArray(parsed.users) && parsed.users.length > 0;
  },
  ndjson: (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .every((line) => line.startsWith('{"vendor":')),
  table: (text: string) => text.startsWith('VENDOR'),
};

describe('--output -', () => {
  it.each([['directory'], ['users', 'telnyx'], ['report', 'telnyx']])(
    '%s writes to stdout, creates no file named "-", and prints no "wrote" notice',
    async (...command) => {
      const result = await run([...command, '--output', '-']);
      expect(result.code).toBe(0);
      expect(result.stdout.length).toBeGreaterThan(0);
      expect(result.stderr).not.toMatch(/wrote/);
      expect(existsSync('-')).toBe(false);
    },
  );

  it.each(['/dev/stdout', '/dev/fd/1'])('%s is stdout too (no temp file beside it, no rename)', async (name) => {
    const result = await run(['directory', '--format', 'csv', '--output', name]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^vendor,id,email,/);
  });
});

describe('format inferred from the --output extension', () => {
  it.each([
    ['users.csv', 'csv'],
    ['USERS.CSV', 'csv'],
    ['users.json', 'json'],
    ['users.ndjson', 'ndjson'],
    ['users.jsonl', 'ndjson'],
    ['users.txt', 'table'],
    ['users', 'table'],
  ] as const)('-o %s without --format writes %s', async (name, format) => {
    const file = join(setup.dir, name);
    const result = await run(['directory', '--output', file]);
    expect(result.code).toBe(0);
    expect(looksLike[format](await readFile(file, 'utf8'))).toBe(true);
  });

  it('an explicit --format wins over the extension', async () => {
    const file = join(setup.dir, 'explicit.csv');
    expect((await run(['directory', '--format', 'json', '--output', file])).code).toBe(0);
    expect(looksLike.json(await readFile(file, 'utf8'))).toBe(true);
  });

  it('report: .csv gives csv; an extension of a format report lacks is a usage error', async () => {
    const file = join(setup.dir, 'report.csv');
    expect((await run(['report', 'telnyx', '--output', file])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toMatch(/^id,email,/);
    const result = await run(['report', 'telnyx', '--output', join(setup.dir, 'report.ndjson')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('report cannot write ndjson');
  });
});

describe('--raw', () => {
  it.each([
    [['directory', '--format', 'csv']],
    [['directory', '--format', 'table']],
    [['directory']],
    [['users', 'telnyx', '--format', 'csv']],
    [['directory', '--output', 'never-written.csv']],
  ])('%j --raw is a usage error (exit 2) before any request', async (args) => {
    const before = setup.fake.requests.length;
    const result = await run([...args, '--raw']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--raw applies to json and ndjson only/);
    expect(setup.fake.requests.length).toBe(before);
    expect(existsSync('never-written.csv')).toBe(false);
  });

  it.each(['json', 'ndjson'])('--format %s --raw keeps the vendor record', async (format) => {
    const result = await run(['users', 'telnyx', '--format', format, '--raw']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"raw":');
  });
});
