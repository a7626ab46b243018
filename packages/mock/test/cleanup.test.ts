import { describe, expect, it } from 'vitest';
import { release, track } from '../src/cleanup.js';

describe('track / release', () => {
  it.each(['exit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'holds a %s handler exactly while a child is tracked',
    (event) => {
      const before = process.listenerCount(event);
      const a = { killNow: () => {} };
      const b = { killNow: () => {} };
      track(a);
      track(b);
      expect(process.listenerCount(event)).toBe(before + 1);
      release(a);
      expect(process.listenerCount(event)).toBe(before + 1);
      release(b);
      expect(process.listenerCount(event)).toBe(before);
    },
  );
});
