/** The benchmarks' data sets: the fake vendors' seeded users, and the report columns the client reads. */
import { REPORT_CSV_HEADER } from '@orgdir/client';

export { dataset, openaiGroupUser, type TelnyxUserRecord, telnyxUser, withoutGroups } from '@orgdir/fake-vendors';

/** The columns of Telnyx's CSV users groups report, in order: the documented header the client reads. */
export const REPORT_COLUMNS = REPORT_CSV_HEADER;
