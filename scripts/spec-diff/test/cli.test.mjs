import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runInProcess } from '../../test/support/capture-io.mjs';
import { execFailure } from '../../test/support/exec-failure.mjs';
import { run } from '../index.mjs';
import { catFiles, checkoutSpecs } from '../load.mjs';
import { rulesMarkdown } from '../rules.mjs';

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'scripts/spec-diff/index.mjs');

/**
 * Runs the CLI in this process, in `cwd`: a spec unchanged since an earlier run is not dereferenced
 * again, so each test pays only for the spec it edits.
 * @param {string} cwd @param {string[]} args
 */
function specDiff(cwd, args = []) {
  return runInProcess(run, args, cwd);
}

/** Runs the CLI as its own process, in `cwd`. @param {string} cwd @param {string[]} args */
async function specDiffProcess(cwd, args) {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return execFailure(error);
  }
}

/** @param {string[]} args @param {string} cwd */
async function git(args, cwd) {
  const { stdout } = await execFileAsync(
    'git',
    ['-c', 'user.name=spec-diff', '-c', 'user.email=spec-diff@example.test', '-c', 'commit.gpgsign=false', ...args],
    { cwd },
  );
  return stdout.trim();
}

async function gitHead() {
  try {
    await git(['rev-parse', '--verify', 'HEAD'], repoRoot);
    const dirty = await git(['status', '--porcelain', '--', 'specs', 'redocly.yaml'], repoRoot);
    return dirty === '';
  } catch {
    return false;
  }
}

// A throwaway repository holding this repo's redocly.yaml and specs: commit `first` lacks the OpenAI
// spec, HEAD has all of them.
describe('spec:diff CLI on a git repository', () => {
  /** @type {string} */
  let dir;
  /** @type {string} */
  let first;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'spec-diff-cli-'));
    await git(['init', '--quiet', '--initial-branch=main'], dir);
    await cp(path.join(repoRoot, 'redocly.yaml'), path.join(dir, 'redocly.yaml'));
    await cp(path.join(repoRoot, 'specs'), path.join(dir, 'specs'), { recursive: true });
    await git(['add', 'redocly.yaml', 'specs/telnyx.yaml', 'specs/flashback.yaml'], dir);
    await git(['commit', '--quiet', '-m', 'first'], dir);
    first = await git(['rev-parse', 'HEAD'], dir);
    await git(['add', '-A'], dir);
    await git(['commit', '--quiet', '-m', 'second'], dir);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('copies the spec folders and the config as they were at the base, byte for byte', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'spec-diff-checkout-'));
    try {
      await checkoutSpecs(first, ['specs/telnyx.yaml'], dir, out);
      // `first` has two of the three specs: the folder as it was then, not as it is now.
      expect((await readdir(path.join(out, 'specs'))).sort()).toEqual(['flashback.yaml', 'telnyx.yaml']);
      for (const file of ['redocly.yaml', 'specs/telnyx.yaml', 'specs/flashback.yaml']) {
        expect((await readFile(path.join(out, file))).equals(await readFile(path.join(repoRoot, file)))).toBe(true);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('reads several files at once, and names one git does not have', async () => {
    const [config, telnyx] = await catFiles([`${first}:redocly.yaml`, `${first}:specs/telnyx.yaml`], dir);
    expect(config?.toString('utf8')).toBe(await readFile(path.join(repoRoot, 'redocly.yaml'), 'utf8'));
    expect(telnyx?.toString('utf8')).toBe(await readFile(path.join(repoRoot, 'specs/telnyx.yaml'), 'utf8'));
    await expect(catFiles([`${first}:redocly.yaml`, `${first}:specs/openai.yaml`], dir)).rejects.toThrow(
      `no file ${first}:specs/openai.yaml`,
    );
  });

  it('prints "no changes" and exits 0 on a clean tree', async () => {
    const { code, stdout } = await specDiff(dir);
    expect(stdout).toContain('**no changes** in any spec');
    for (const vendor of ['telnyx', 'flashback', 'openai'])
      expect(stdout).toContain(`### ${vendor} (\`specs/${vendor}.yaml\`)\n\nno changes`);
    expect(code).toBe(0);
  });

  it('reports a spec absent at the base as added, not breaking', async () => {
    const { code, stdout } = await specDiff(dir, ['--base', first]);
    expect(stdout).toMatch(
      /### openai \(`specs\/openai.yaml`\)\n\n\| Breaking[^\n]*\n[^\n]*\n\| ✅ no \| \(document\) \| API added \|/,
    );
    expect(stdout).toContain('### telnyx (`specs/telnyx.yaml`)\n\nno changes');
    expect(code).toBe(0);
  });

  it('exits 1 on a removed operation, 0 with --allow-breaking', async () => {
    const file = path.join(dir, 'specs/telnyx.yaml');
    const original = await readFile(file, 'utf8');
    const doc = parse(original);
    const [route, pathItem] = /** @type {[string, Record<string, unknown>]} */ (Object.entries(doc.paths)[0]);
    const method = Object.keys(pathItem).find((key) => ['get', 'post', 'put', 'patch', 'delete'].includes(key)) ?? '';
    expect(method).not.toBe('');
    delete pathItem[method];
    await writeFile(file, stringify(doc));
    try {
      const strict = await specDiff(dir);
      expect(strict.stdout).toContain(`| ❌ yes | \`${method.toUpperCase()} ${route}\` |`);
      expect(strict.stderr).toContain('breaking changes found');
      expect(strict.code).toBe(1);
      const allowed = await specDiff(dir, ['--allow-breaking']);
      expect(allowed.stdout).toBe(strict.stdout);
      expect(allowed.code).toBe(0);
    } finally {
      await writeFile(file, original);
    }
  });

  it("exits 1 when Flashback's orgRole codes become role names", async () => {
    const file = path.join(dir, 'specs/flashback.yaml');
    const original = await readFile(file, 'utf8');
    const doc = parse(original);
    doc.components.schemas.User.properties.orgRole = {
      type: 'string',
      description: "The user's current role name.",
      enum: ['USER', 'BILLING', 'WORKSPACES', 'ADMINISTRATOR', 'OWNER'],
    };
    await writeFile(file, stringify(doc));
    try {
      const { code, stdout } = await specDiff(dir);
      const rows = stdout.split('\n').filter((line) => line.includes('orgRole`'));
      expect(rows.some((row) => row.startsWith('| ❌ yes |') && row.includes('`response-type-added`'))).toBe(true);
      expect(stdout).toContain('### flashback');
      expect(code).toBe(1);
    } finally {
      await writeFile(file, original);
    }
  });

  it('exits 3 on a change it cannot judge, 0 with --allow-review', async () => {
    const file = path.join(dir, 'specs/telnyx.yaml');
    const original = await readFile(file, 'utf8');
    const doc = parse(original);
    doc.components.schemas.PaginationMeta.properties.total_pages.multipleOf = 1;
    await writeFile(file, stringify(doc));
    try {
      const strict = await specDiff(dir);
      expect(strict.stdout).toMatch(/\| ⚠️ review \| `GET [^`]+` \| [^|]*total_pages`: `multipleOf` added/);
      expect(strict.stdout).not.toContain('❌');
      expect(strict.stderr).toContain('changes need review');
      expect(strict.code).toBe(3);
      const allowed = await specDiff(dir, ['--allow-review']);
      expect(allowed.stdout).toBe(strict.stdout);
      expect(allowed.code).toBe(0);
    } finally {
      await writeFile(file, original);
    }
  });

  it('prints the rule table with --rules-md', async () => {
    const { code, stdout } = await specDiff(dir, ['--rules-md']);
    expect(stdout.trim()).toBe(rulesMarkdown());
    expect(code).toBe(0);
  });

  it('exits 2 on an unknown base', async () => {
    const { code, stderr } = await specDiff(dir, ['--base', 'no-such-ref']);
    expect(stderr).toContain('unknown git ref "no-such-ref"');
    expect(code).toBe(2);
  });

  it('as its own process: writes to stdout and stderr and exits with the code', async () => {
    const rules = await specDiffProcess(dir, ['--rules-md']);
    expect(rules.stdout.trim()).toBe(rulesMarkdown());
    expect(rules.code).toBe(0);
    const unknown = await specDiffProcess(dir, ['--base', 'no-such-ref']);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('spec:diff: unknown git ref "no-such-ref"\n');
    expect(unknown.code).toBe(2);
  });
});

describe.skipIf(!(await gitHead()))('spec:diff CLI on this repository', () => {
  it('prints "no changes" against HEAD when the specs are committed', async () => {
    const { code, stdout } = await specDiff(repoRoot, ['--base', 'HEAD']);
    expect(stdout).toContain('**no changes** in any spec');
    expect(code).toBe(0);
  });
});
