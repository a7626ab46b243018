import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseVendorList } from '../src/vendors.js';

describe('parseVendorList', () => {
  it.each([
    ['one vendor', 'openai', ['openai']],
    ['canonical order, whatever the input order', 'openai,telnyx', ['telnyx', 'openai']],
    ['spaces, case and duplicates are tolerated', ' Telnyx , telnyx,FLASHBACK', ['telnyx', 'flashback']],
  ])('%s', (_name, input, expected) => {
    expect(parseVendorList(input)).toEqual(expected);
  });

  it.each([
    ['unknown vendor', 'telnyx,slack', /unknown vendor slack/],
    ['empty list', ' , ', /expected one or more/],
  ])('rejects %s', (_name, input, message) => {
    expect(() => parseVendorList(input)).toThrow(InvalidArgumentError);
    expect(() => parseVendorList(input)).toThrow(message);
  });
});
