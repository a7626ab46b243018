#!/usr/bin/env node
// `pnpm spec:diff [--base <git-ref>] [--allow-breaking] [--allow-review]`: compares every spec in
// redocly.yaml at a git ref with the working tree, prints a Markdown report, and exits 1 on breaking
// changes, 3 on changes that need a person's review.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadApis } from '../lib/apis.mjs';
import { lineWriters, runIfEntryPoint } from '../lib/cli-io.mjs';
import { classify } from './classify.mjs';
import { checkoutSpecs, defaultBase, dereference, git, gitOk } from './load.mjs';
import { renderReport } from './report.mjs';
import { rulesMarkdown } from './rules.mjs';

const usage = `Usage: pnpm spec:diff [--base <git-ref>] [--allow-breaking] [--allow-review]
       pnpm spec:diff --rules-md

Compares each spec declared in redocly.yaml at <git-ref> (default: the merge base of HEAD and main)
with the working tree and prints a Markdown report of the changes, marking those that break clients
and those the classifier cannot judge (a person must review them).

  --base <git-ref>    commit, branch or tag to compare against
  --allow-breaking    exit 0 even when a change is breaking (implies --allow-review)
  --allow-review      exit 0 when changes need review but none is breaking
  --rules-md          print the table of classifier rules as Markdown and exit
  -h, --help          show this help

Exit codes: 0 nothing breaking or to review (or allowed), 1 breaking changes, 2 usage or git error,
3 changes to review and none breaking.`;

/**
 * Runs the comparison and returns the report, whether any change breaks clients and whether any
 * needs review.
 * @param {{ cwd: string, base?: string | undefined }} options
 * @returns {Promise<{ report: string, breaking: boolean, review: boolean }>}
 */
export async function specDiff({ cwd, base }) {
  const root = await git(['rev-parse', '--show-toplevel'], cwd);
  if (!(await gitOk(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], root))) {
    throw new UsageError('this repository has no commit yet: there is no base to compare with');
  }
  const ref = base ?? (await defaultBase(root));
  // Checked and abbreviated by one git run: it prints nothing and fails for an unknown ref.
  const sha = await git(['rev-parse', '--verify', '--quiet', '--short', `${ref}^{commit}`], root).catch(() => '');
  if (sha === '') throw new UsageError(`unknown git ref ${JSON.stringify(ref)}`);

  const headApis = await loadApis(path.join(root, 'redocly.yaml'));
  const tmp = await mkdtemp(path.join(tmpdir(), 'spec-diff-base-'));
  try {
    await checkoutSpecs(
      ref,
      headApis.map((api) => api.root),
      root,
      tmp,
    );
    // An API declared only at the base was removed; its spec is still read at the base.
    const baseConfig = path.join(tmp, 'redocly.yaml');
    const baseApis = existsSync(baseConfig) ? await loadApis(baseConfig).catch(() => []) : [];
    const removed = baseApis.filter((api) => !headApis.some((a) => a.name === api.name));
    if (removed.length > 0)
      await checkoutSpecs(
        ref,
        removed.map((api) => api.root),
        root,
        tmp,
      );
    const apis = [...headApis, ...removed].map(({ name, root: specRoot }) => ({ name, root: specRoot }));

    const inBase = apis.filter((api) => existsSync(path.join(tmp, api.root)));
    const inHead = apis.filter(
      (api) => headApis.some((a) => a.name === api.name) && existsSync(path.join(root, api.root)),
    );
    const [before, after] = await Promise.all([
      dereference(
        inBase.map((api) => path.join(tmp, api.root)),
        tmp,
      ),
      dereference(
        inHead.map((api) => path.join(root, api.root)),
        root,
      ),
    ]);
    const results = apis.map(({ name, root: specRoot }) => ({
      name,
      root: specRoot,
      changes: classify(
        before[inBase.findIndex((api) => api.name === name)],
        after[inHead.findIndex((api) => api.name === name)],
      ),
    }));
    const has = (/** @type {string} */ verdict) => results.some((r) => r.changes.some((c) => c.verdict === verdict));
    const label = ref === sha || /^[0-9a-f]{7,40}$/.test(ref) ? sha : `${ref} (${sha})`;
    return { report: renderReport(results, { base: label }), breaking: has('breaking'), review: has('review') };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** An error caused by the invocation rather than by the specs. */
export class UsageError extends Error {}

/**
 * The CLI: parses `argv` (without the node and script paths), writes the report, returns the exit code.
 * @param {string[]} argv @param {import('../lib/cli-io.mjs').CliIo} io
 * @returns {Promise<number>}
 */
export async function run(argv, io) {
  const { out, err } = lineWriters(io);
  /**
   * @type {{ base?: string | undefined, 'allow-breaking'?: boolean | undefined, 'allow-review'?: boolean | undefined,
   *   'rules-md'?: boolean | undefined, help?: boolean | undefined }}
   */
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        base: { type: 'string' },
        'allow-breaking': { type: 'boolean' },
        'allow-review': { type: 'boolean' },
        'rules-md': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    err(`${/** @type {Error} */ (error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    out(usage);
    return 0;
  }
  if (values['rules-md']) {
    out(rulesMarkdown());
    return 0;
  }
  try {
    const { report, breaking, review } = await specDiff({ cwd: io.cwd, base: values.base });
    out(report);
    if (breaking && !values['allow-breaking']) {
      err('spec:diff: breaking changes found (pass --allow-breaking to accept them).');
      return 1;
    }
    if (review && !values['allow-review'] && !values['allow-breaking']) {
      err('spec:diff: changes need review: the classifier cannot judge them (pass --allow-review once reviewed).');
      return 3;
    }
    return 0;
  } catch (error) {
    err(`spec:diff: ${/** @type {Error} */ (error).message}`);
    return 2;
  }
}

await runIfEntryPoint(import.meta.url, run);
