import { describe, expect, it } from 'vitest';
import { always, attempts, combine, onEndpoint, onPage, when } from '../src/plans.js';
import type { FaultContext } from '../src/types.js';

const at = (context: Partial<FaultContext>): FaultContext => ({
  endpoint: 'telnyx.users',
  page: 1,
  attempt: 0,
  index: 0,
  ...context,
});

describe('fault plans', () => {
  it('attempts: one fault per attempt of a page, then the documented answer', () => {
    const plan = attempts({ kind: 'status', status: 503 }, { kind: 'reset' });
    expect([0, 1, 2].map((attempt) => plan(at({ attempt }))?.kind)).toEqual(['status', 'reset', undefined]);
  });

  it.each([
    {
      name: 'onEndpoint',
      plan: onEndpoint('openai.groups', always({ kind: 'empty' })),
      hit: { endpoint: 'openai.groups' as const },
      miss: {},
    },
    {
      name: 'onEndpoint (several)',
      plan: onEndpoint(['openai.users', 'openai.groups'], always({ kind: 'empty' })),
      hit: { endpoint: 'openai.users' as const },
      miss: {},
    },
    { name: 'onPage', plan: onPage(3, always({ kind: 'empty' })), hit: { page: 3 }, miss: { page: 2 } },
    {
      name: 'when',
      plan: when(({ index }) => index > 4, always({ kind: 'empty' })),
      hit: { index: 5 },
      miss: { index: 4 },
    },
  ])('$name applies its plan only where it matches', ({ plan, hit, miss }) => {
    expect(plan(at(hit))?.kind).toBe('empty');
    expect(plan(at(miss))).toBeUndefined();
  });

  it('combine: the first plan that chooses wins, and none choosing means ok', () => {
    const plan = combine(
      undefined,
      onPage(2, always({ kind: 'stall' })),
      onEndpoint('telnyx.users', attempts({ kind: 'status', status: 429, retryAfter: { seconds: 1 } })),
    );
    expect(plan(at({ page: 2 }))?.kind).toBe('stall');
    expect(plan(at({ page: 1 }))).toEqual({ kind: 'status', status: 429, retryAfter: { seconds: 1 } });
    expect(plan(at({ page: 1, attempt: 1 }))).toBeUndefined();
    expect(plan(at({ endpoint: 'flashback.users' }))).toBeUndefined();
  });
});
