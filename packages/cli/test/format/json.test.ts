import { describe, expect, it } from 'vitest';
import { directoryToJson, directoryToNdjson } from '../../src/format/json.js';
import { user } from '../support/users.js';

const users = [user(), user({ id: 'u-2', vendor: 'flashback' })];

describe('directoryToJson', () => {
  it.each([
    ['omits raw by default', {}, false],
    ['keeps raw with raw:true', { raw: true }, true],
  ])('%s', (_name, options, hasRaw) => {
    const parsed = JSON.parse(directoryToJson(users, options)) as Array<Record<string, unknown>>;
    expect(parsed.map((u) => u.id)).toEqual(['u-1', 'u-2']);
    expect(parsed.every((u) => 'raw' in u)).toBe(hasRaw);
  });

  it('is pretty-printed and newline-terminated', () => {
    const text = directoryToJson([user()]);
    expect(text.startsWith('[\n  {\n    "vendor": "telnyx"')).toBe(true);
    expect(text.endsWith(']\n')).toBe(true);
  });

  it('prints an empty array for no users', () => {
    expect(directoryToJson([])).toBe('[]\n');
  });
});

describe('directoryToNdjson', () => {
  it.each([
    ['one object per line, no raw', {}, false],
    ['with raw', { raw: true }, true],
  ])('%s', (_name, options, hasRaw) => {
    const lines = directoryToNdjson(users, options).split('\n');
    expect(lines.at(-1)).toBe('');
    const parsed = lines.slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((u) => u.vendor)).toEqual(['telnyx', 'flashback']);
    expect(parsed.every((u) => 'raw' in u)).toBe(hasRaw);
  });

  it('prints nothing for no users', () => {
    expect(directoryToNdjson([])).toBe('');
  });
});
