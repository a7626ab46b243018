import { describe, expect, it } from 'vitest';
import { documentedResponses, exampleMismatches } from '../src/contract.js';
import type { OperationInfo } from '../src/spec.js';

describe('exampleMismatches', () => {
  it.each([
    { name: 'equal values', actual: { a: 1, b: [1, 2] }, example: { a: 1, b: [1, 2] }, problems: [] },
    { name: 'extra fields in the result', actual: { a: 1, added: true }, example: { a: 1 }, problems: [] },
    {
      name: 'a renamed field',
      actual: { role: 2 },
      example: { orgRole: 2 },
      problems: ['.orgRole: missing (the example has 2)'],
    },
    { name: 'a changed value', actual: { a: '1' }, example: { a: 1 }, problems: ['.a: expected 1, got "1"'] },
    {
      name: 'a nested field',
      actual: [{ g: [{ id: 'x' }] }],
      example: [{ g: [{ id: 'y' }] }],
      problems: ['[0].g[0].id: expected "y", got "x"'],
    },
    {
      name: 'a missing item',
      actual: [],
      example: [{ a: 1 }],
      problems: ['(root): expected 1 items, got 0', '[0]: expected an object, got undefined'],
    },
    {
      name: 'null against an object',
      actual: null,
      example: { a: 1 },
      problems: ['(root): expected an object, got null'],
    },
  ])('$name', ({ actual, example, problems }) => {
    expect(exampleMismatches(actual, example)).toEqual(problems);
  });
});

describe('documentedResponses', () => {
  it('lists each status with each media type, and bodiless ones', () => {
    const operation = {
      responses: [
        { status: '200', mediaTypes: [{ mediaType: 'text/csv' }, { mediaType: 'application/json' }] },
        { status: '204', mediaTypes: [] },
      ],
    } as unknown as OperationInfo;
    expect(documentedResponses(operation)).toEqual(['200 application/json', '200 text/csv', '204 (no body)']);
  });
});
