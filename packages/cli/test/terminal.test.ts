import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context.js';
import { FORMATS, formatDirectory } from '../src/format/index.js';
import { emit } from '../src/output.js';
import { escapeControls } from '../src/terminal.js';
import { user } from './support/users.js';

describe('escapeControls', () => {
  it.each([
    ['CSI colour', 'a\u001b[31mred', 'a\\x1b[31mred'],
    ['OSC title with BEL', '\u001b]0;pwned\u0007x', '\\x1b]0;pwned\\x07x'],
    ['OSC 8 hyperlink with ST', '\u001b]8;;http://evil\u001b\\link', '\\x1b]8;;http://evil\\x1b\\link'],
    ['C1 CSI', 'a\u009b2J', 'a\\x9b2J'],
    ['DEL and NUL', 'a\u007f\u0000', 'a\\x7f\\x00'],
    ['a lone CR (overwrites the line)', 'safe\rEVIL', 'safe\\x0dEVIL'],
    ['bidi override', 'a\u202eb', 'a\\u202eb'],
    ['tab, newline and CRLF pass', 'a\tb\nc\r\n', 'a\tb\nc\r\n'],
    ['ordinary text, CJK and emoji pass', 'Zoë 山田 👩‍💻', 'Zoë 山田 👩‍💻'],
  ])('%s', (_name, input, expected) => {
    expect(escapeControls(input)).toBe(expected);
  });
});

function ctxWithStdout(isTTY: boolean): { ctx: Context; out: () => string } {
  let out = '';
  const ctx: Context = {
    stdout: { isTTY, write: (s: string) => (out += s) },
    stderr: { isTTY: false, write: () => true },
    env: {},
    signal: new AbortController().signal,
    exitCode: 0,
    secrets: new Set(),
  };
  return { ctx, out: () => out };
}

const hostile = user({
  name: '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil',
  email: 'ada@example.com\u001b[8m',
  groups: ['\u001b]8;;http://evil\u001b\\g'],
});

describe('every format on a terminal', () => {
  it.each(FORMATS)('%s: no escape, BEL, C1 or bidi control reaches a terminal', async (format) => {
    const { ctx, out } = ctxWithStdout(true);
    await emit(ctx, formatDirectory(format, [hostile], { raw: format === 'json' || format === 'ndjson' }), {
      what: 'users',
    });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
    expect(out()).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out()).toContain('ada@example.com');
  });

  it.each(FORMATS)('%s: a pipe or file gets the data unchanged', async (format) => {
    const { ctx, out } = ctxWithStdout(false);
    const text = formatDirectory(format, [hostile], {});
    await emit(ctx, text, { what: 'users' });
    expect(out()).toBe(text);
  });
});
