import type { VerifyFinding, VerifyPlan } from '../../verify-plans.js';
import type { TelnyxClient } from './client.js';
import type { TelnyxReportRow } from './users.js';

/** What a report field that differs between the JSON and CSV answers is reported as. */
const SAME = 'same in json and csv';

/**
 * Group names as the CSV can carry them: it joins names with commas, so a name holding a comma
 * reads back as several. The JSON names are split the same way before they are compared.
 */
function groupNames(row: TelnyxReportRow): string {
  return row.groups
    .flatMap((g) => g.name.split(','))
    .map((n) => n.trim())
    .filter((n) => n !== '')
    .sort()
    .join('\u0000');
}

/**
 * Compares the users/groups report as JSON with the same report as CSV, row by row (matched by id):
 * rows only one of them has, and rows whose email, status or group names differ. Findings are
 * counted per path and never hold the values compared.
 */
export function compareReports(json: readonly TelnyxReportRow[], csv: readonly TelnyxReportRow[]): VerifyFinding[] {
  const counts = new Map<string, VerifyFinding>();
  const add = (path: string, expected: string, actual: string) => {
    const key = `${path}\u0000${actual}`;
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { kind: 'report-mismatch', path, expected, actual, count: 1 });
  };
  const csvById = new Map(csv.map((row) => [row.id, row]));
  const jsonIds = new Set(json.map((row) => row.id));
  for (const row of json) {
    const other = csvById.get(row.id);
    if (!other) {
      add('/data/*', 'row in json and csv', 'json only');
      continue;
    }
    if (row.email !== other.email) add('/data/*/email', SAME, 'differs');
    if (row.user_status !== other.user_status) add('/data/*/user_status', SAME, 'differs');
    if (groupNames(row) !== groupNames(other)) add('/data/*/groups/*/name', SAME, 'differs');
  }
  for (const row of csv) if (!jsonIds.has(row.id)) add('/data/*', 'row in json and csv', 'csv only');
  return [...counts.values()];
}

/**
 * Telnyx's read operations for `orgdir verify`: the user listing with groups, and the users/groups
 * report as JSON and as CSV, whose rows must agree.
 * @see specs/telnyx.yaml listOrganizationUsers, getOrganizationUsersGroupsReport
 */
export const TELNYX_VERIFY_PLAN: VerifyPlan<TelnyxClient> = {
  steps: [
    {
      id: 'users',
      operationId: 'listOrganizationUsers',
      description: 'users with include_groups=true, every page',
      run: async (client, { signal }) => {
        for await (const _ of client.users.list({ includeGroups: true, signal })) {
          // Only the answers matter: the client checks each page against the spec.
        }
      },
    },
    {
      id: 'report-json',
      operationId: 'getOrganizationUsersGroupsReport',
      description: 'users/groups report as JSON',
      run: (client, { signal }) => client.users.groupsReport({ format: 'json', signal }),
    },
    {
      id: 'report-csv',
      operationId: 'getOrganizationUsersGroupsReport',
      description: 'users/groups report as CSV',
      run: (client, { signal }) => client.users.groupsReport({ format: 'csv', signal }),
    },
  ],
  checks: [
    {
      operationId: 'getOrganizationUsersGroupsReport',
      needs: ['report-json', 'report-csv'],
      run: (results) =>
        compareReports(
          results.get('report-json') as readonly TelnyxReportRow[],
          results.get('report-csv') as readonly TelnyxReportRow[],
        ),
    },
  ],
};
