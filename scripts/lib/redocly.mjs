// The Redocly CLI as the scripts run it, and the cleanup of what it prints.
import path from 'node:path';
import { repoRoot } from './apis.mjs';

/** The Redocly CLI installed at the root of this repository. */
export const redoclyBin = path.join(
  repoRoot,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'redocly.cmd' : 'redocly',
);

/** Drops Redocly's boxed notices (e.g. the Node.js version warning) from its output. @param {string} text */
export function withoutBanner(text) {
  return text
    .split('\n')
    .filter((line) => !/[╔║╚]/.test(line))
    .join('\n')
    .trim();
}
