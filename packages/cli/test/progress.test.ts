import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (s: string) => chunks.push(s) };
}

describe('createProgress', () => {
  it.each([
    ['TTY', true, false, true],
    ['TTY with --quiet', true, true, false],
    ['not a TTY', false, false, false],
  ])('%s', (_name, isTTY, quiet, draws) => {
    const s = stream(isTTY);
    const progress = createProgress(s, { quiet });
    progress.update('telnyx', 250);
    progress.update('openai', 3);
    progress.clear();
    expect(s.chunks.length > 0).toBe(draws);
  });

  it('rewrites one line in place with every vendor so far, then erases it', () => {
    const s = stream(true);
    const progress = createProgress(s);
    progress.update('telnyx', 250);
    progress.update('telnyx', 500);
    progress.update('openai', 3);
    progress.clear();
    expect(s.chunks).toEqual([
      '\r\u001b[2Kfetching users: telnyx 250',
      '\r\u001b[2Kfetching users: telnyx 500',
      '\r\u001b[2Kfetching users: telnyx 500, openai 3',
      '\r\u001b[2K',
    ]);
    expect(s.chunks.join('')).not.toContain('\n');
  });

  it('does not erase a line it never drew', () => {
    const s = stream(true);
    createProgress(s).clear();
    expect(s.chunks).toEqual([]);
  });
});
