import { readdir } from 'node:fs/promises';
import { expect } from 'vitest';
import { FAKE_KEYS } from './fake-vendors.js';
import type { CliResult } from './run-cli.js';

/** Asserts that no fake API key appears anywhere in the run's stdout or stderr. */
export function expectNoKeys(result: CliResult): void {
  for (const key of Object.values(FAKE_KEYS)) {
    expect(result.stdout).not.toContain(key);
    expect(result.stderr).not.toContain(key);
  }
}

/** Asserts that `dir` holds exactly `names` (so no temp file was left behind). */
export async function expectDirEntries(dir: string, names: string[]): Promise<void> {
  expect((await readdir(dir)).sort()).toEqual([...names].sort());
}

/** Parses RFC 4180 CSV with CRLF record ends (enough for orgdir's own output). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
