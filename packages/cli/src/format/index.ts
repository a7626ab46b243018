import type { DirectoryUser } from '@orgdir/client';
import { directoryToCsv } from './csv.js';
import { directoryToJson, directoryToNdjson } from './json.js';
import { directoryToTable, type VendorSummary } from './table.js';

/** Output formats of the `directory` and `users` commands. */
export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** Options for {@link formatDirectory}. */
export interface FormatOptions {
  raw?: boolean;
  summaries?: readonly VendorSummary[];
}

/** Renders directory users in the chosen format (the table adds the per-vendor summary). */
export function formatDirectory(format: Format, users: readonly DirectoryUser[], options: FormatOptions = {}): string {
  const json = { raw: options.raw ?? false };
  switch (format) {
    case 'table':
      return directoryToTable(users, options.summaries);
    case 'json':
      return directoryToJson(users, json);
    case 'ndjson':
      return directoryToNdjson(users, json);
    case 'csv':
      return directoryToCsv(users);
  }
}

export type { VendorSummary };
