import { createTelnyxClient, type TelnyxReportRow } from '@orgdir/client';
import { parse as csvParse } from 'csv-parse/sync';
import Papa from 'papaparse';
import { REPORT_COLUMNS } from '../data/users.js';
import { FAKE_KEY } from '../fake-key.js';
import { alternate, type BenchCase, type Contender, expectCount, row } from '../harness.js';
import { startServer } from '../servers/index.js';

const SIZES = {
  full: { users: 100_000, rounds: 5 },
  tiny: { users: 1_000, rounds: 1 },
} as const;

type CsvRecord = Record<(typeof REPORT_COLUMNS)[number], string>;

/** Turns a parsed CSV record into orgdir's typed row: empty sign-in → null, groups split on ", ". */
function toRow(r: CsvRecord): TelnyxReportRow {
  return {
    id: r.id,
    email: r.email,
    user_status: r.user_status as TelnyxReportRow['user_status'],
    created_at: r.created_at,
    last_sign_in_at: r.last_sign_in_at === '' ? null : r.last_sign_in_at,
    groups: r.groups === '' ? [] : r.groups.split(', ').map((name) => ({ name })),
  };
}

/** Same guard orgdir applies: the header must be the documented columns, in order. */
function checkHeader(fields: readonly string[] | undefined): void {
  if (fields?.join(',') !== REPORT_COLUMNS.join(',')) throw new Error(`unexpected CSV header ${fields?.join(',')}`);
}

/**
 * CSV report: 100,000 rows of Telnyx's users groups report (group names joined inside a quoted
 * field, some names with escaped quotes), from the HTTP request to typed rows. Every contender
 * does the same work: one GET with `Accept: text/csv`, the whole body as text, parse, typed rows.
 */
export const csvReport: BenchCase = {
  id: 'csv',
  async run({ size, log }) {
    const { users, rounds } = SIZES[size];
    const server = await startServer({ vendor: 'telnyx', options: { users, latencyMs: 0, apiKey: FAKE_KEY } });
    try {
      const { baseUrl } = server;
      const orgdir = createTelnyxClient({ apiKey: FAKE_KEY, baseUrl });
      const fetchCsv = async (): Promise<string> => {
        const res = await fetch(`${baseUrl}/organizations/users/users_groups_report`, {
          headers: { Authorization: `Bearer ${FAKE_KEY}`, Accept: 'text/csv' },
        });
        if (!res.ok) throw new Error(`CSV report: HTTP ${res.status}`);
        return res.text();
      };
      const impls: Record<string, () => Promise<TelnyxReportRow[]>> = {
        'orgdir groupsReport csv': () => orgdir.users.groupsReport({ format: 'csv' }),
        'csv-parse/sync': async () => {
          const text = await fetchCsv();
          const records = csvParse(text, {
            columns: (header: string[]) => {
              checkHeader(header);
              return header;
            },
            skip_empty_lines: true,
          }) as CsvRecord[];
          return records.map(toRow);
        },
        papaparse: async () => {
          const text = await fetchCsv();
          const result = Papa.parse<CsvRecord>(text, { header: true, skipEmptyLines: true });
          if (result.errors.length > 0) throw new Error(`papaparse: ${result.errors[0]?.message}`);
          checkHeader(result.meta.fields);
          return result.data.map(toRow);
        },
      };
      // Correctness first: all three must agree on every row's id and groups.
      const outputs = await Promise.all(Object.entries(impls).map(async ([name, f]) => [name, await f()] as const));
      const reference = JSON.stringify(outputs[1]?.[1].map((r) => [r.id, r.groups.map((g) => g.name)]));
      for (const [name, rows] of outputs) {
        expectCount(name, rows.length, users);
        if (JSON.stringify(rows.map((r) => [r.id, r.groups.map((g) => g.name)])) !== reference) {
          throw new Error(`${name} disagrees with csv-parse on ids or group names`);
        }
      }
      const contenders: Contender[] = Object.entries(impls).map(([name, f]) => ({
        name,
        run: async () => expectCount(name, (await f()).length, users),
      }));
      const times = await alternate(contenders, rounds);
      for (const [name, t] of times) log(`  ${name}: ${t.map((ms) => ms.toFixed(0)).join(' / ')} ms`);
      const ms = (name: string): number[] => times.get(name) ?? [];
      const label = `CSV report to typed rows: ${users.toLocaleString('en-US')} rows, quoted group names`;
      return {
        rows: [
          row(label, ms('orgdir groupsReport csv'), 'csv-parse/sync', ms('csv-parse/sync'), 'ms', {
            text: 'ratio ≤ 1.00',
            maxRatio: 1.0,
          }),
          row(label, ms('orgdir groupsReport csv'), 'papaparse', ms('papaparse'), 'ms'),
        ],
        notes: ['CSV: each contender does GET + read text + parse + typed rows against the same local server.'],
      };
    } finally {
      await server.close();
    }
  },
};
