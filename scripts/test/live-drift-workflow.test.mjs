import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const file = path.join(repoRoot, '.github/workflows/live-drift.yml');

/**
 * @typedef {{ uses?: string, run?: string, env?: Record<string, string>, if?: string, with?: Record<string, string> }} Step
 * @typedef {{ on: Record<string, unknown>, permissions: Record<string, string>, jobs: Record<string, { steps: Step[] }> }} Workflow
 */

describe('.github/workflows/live-drift.yml', async () => {
  const text = await readFile(file, 'utf8');
  const workflow = /** @type {Workflow} */ (parse(text));
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs nightly and on demand, reading the repository only', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('pins every action by commit SHA with its tag in a comment, and installs pnpm without an action', () => {
    const uses = text.split('\n').filter((line) => /^\s*-?\s*uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    expect(text).not.toMatch(/pnpm\/action-setup/);
    expect(steps.some((s) => s.run === 'npm install -g pnpm@10.34.8')).toBe(true);
  });

  it('gives each vendor key to verify from its secret only, and fails the job on drift', () => {
    const verify = steps.find((s) => s.run?.includes('verify --format md'));
    const keys = ['TELNYX_API_KEY', 'FLASHBACK_API_KEY', 'OPENAI_ADMIN_KEY'];
    // GitHub's expression syntax, built so it is not mistaken for a template string.
    const secret = (/** @type {string} */ name) => `$${'{{'} secrets.${name} }}`;
    expect(verify?.env).toEqual(Object.fromEntries(keys.map((k) => [k, secret(k)])));
    expect(verify?.run).toContain('--format json --output verify.json');
    expect(steps.some((s) => s.run?.includes('spec:upstream "$vendor"'))).toBe(true);
    expect(steps.some((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'))).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with?.path).toContain('verify.json');
    expect(steps.at(-1)?.run).toMatch(/exit 1/);
  });
});
