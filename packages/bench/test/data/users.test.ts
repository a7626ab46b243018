import { REPORT_COLUMNS as FAKE_REPORT_COLUMNS, reportCsv, seededTelnyxUser } from '@orgdir/fake-vendors';
import { describe, expect, it } from 'vitest';
import { REPORT_COLUMNS } from '../../src/data/users.js';

describe('the report the fake serves', () => {
  it('has the columns the client reads, in order', () => {
    expect([...FAKE_REPORT_COLUMNS]).toEqual([...REPORT_COLUMNS]);
    expect(reportCsv([seededTelnyxUser(7, 1)]).split(/\r?\n/)[0]).toBe(REPORT_COLUMNS.join(','));
  });
});
