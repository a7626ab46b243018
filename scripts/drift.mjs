#!/usr/bin/env node
// `pnpm test:drift`: proves the contract gate catches spec drift. In a temp copy of the repo it
// applies each spec mutation of scripts/lib/spec-mutations.mjs, regenerates the types and runs
// the gate (type check of the client and the contract tests, then the contract tests against
// Prism mocks of the mutated specs), and prints which mutations were caught. It also edits specs
// without regenerating, which `check:generated` must refuse. Mutations run one after another;
// `generate` runs scripts/generate-types.mjs and generate-validators.mjs directly (what
// `pnpm generate` runs, minus turbo and the spec lint in front of it).
// Exits 1 when a contract mutation survives, a description-only edit turns the gate red, or a
// stale generated file goes unnoticed; 2 when the gate is red before any mutation.
// Usage: node scripts/drift.mjs [--only <mutation id>]... [--lint] [--keep] [--verbose]
//   --lint  also lints each mutated spec (a mutation should leave a valid spec: only the contract moves)
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { validatorPath } from './generate-validators.mjs';
import { loadApis, repoRoot } from './lib/apis.mjs';
import { MUTATIONS, STALE_CHECKS } from './lib/spec-mutations.mjs';
import { copyWorkspace, removeCopy } from './lib/workspace-copy.mjs';

/**
 * @import { Mutation } from './lib/spec-mutations.mjs'
 * @typedef {{ code: number, output: string, name?: string }} RunResult what a command or step left
 * @typedef {{ name: string, run: () => Promise<RunResult> }} Step one step of the gate
 * @typedef {{ baseUrls: Record<string, string>, stop: () => Promise<void> }} RunningMocks
 * @typedef {(options: { vendors: string[], specPaths: Record<string, string> }) => Promise<RunningMocks>} StartMocks
 *   `startMocks` of @orgdir/mock, loaded from the copy's build
 */

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    lint: { type: 'boolean', default: false },
  },
});

const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
const vitest = path.join(repoRoot, 'node_modules/vitest/vitest.mjs');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1', TURBO_TELEMETRY_DISABLED: '1' };

/**
 * Runs a command; resolves with its exit code and combined output (never rejects).
 * @param {string} command @param {string[]} commandArgs @param {string} cwd @param {number} [timeoutMs]
 * @param {Record<string, string>} [extraEnv]
 * @returns {Promise<RunResult>}
 */
function run(command, commandArgs, cwd, timeoutMs = 240_000, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => {
      output += `\n(timed out after ${timeoutMs} ms)`;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/**
 * Runs commands at once (the machine has cores to spare); resolves with the first failure in list order.
 * @param {Step[]} commands
 * @returns {Promise<RunResult>}
 */
async function runAll(commands) {
  const results = await Promise.all(commands.map(({ run: go }) => go()));
  const failed = results.findIndex((r) => r.code !== 0);
  const result = results[failed];
  const command = commands[failed];
  return result && command ? { ...result, name: command.name } : { code: 0, output: '' };
}

/**
 * The gate for one spec state: each step runs only when the ones before it passed. The client is
 * type-checked by its build config (its sources, not its unit tests): drift in the client's code
 * is what this gate is about. `mocks` serves the contract tests (see {@link MockPool}).
 * @param {string} dir @param {{ regenerate: boolean, mocks: MockPool }} options
 * @returns {Step[]}
 */
function gateSteps(dir, { regenerate, mocks }) {
  const node = process.execPath;
  const inDir = (/** @type {string[]} */ ...parts) => path.join(dir, ...parts);
  const tscStep = (/** @type {string} */ name, /** @type {string} */ config) => ({
    name,
    run: () => run(node, [tsc, '-p', inDir(config), '--noEmit'], dir),
  });
  return [
    ...(regenerate
      ? [
          { name: 'generate', run: () => run(node, [inDir('scripts/generate-types.mjs')], dir) },
          { name: 'generate validators', run: () => run(node, [inDir('scripts/generate-validators.mjs')], dir) },
          { name: 'build types', run: () => run(node, [tsc, '-p', inDir('packages/types/tsconfig.build.json')], dir) },
        ]
      : [{ name: 'check:generated', run: () => run(node, [inDir('scripts/check-generated.mjs')], dir) }]),
    {
      name: 'typecheck',
      run: () =>
        runAll([
          tscStep('typecheck client', 'packages/client/tsconfig.build.json'),
          tscStep('typecheck contract-tests', 'packages/contract-tests/tsconfig.json'),
        ]),
    },
    {
      name: 'contract tests',
      run: async () => {
        let baseUrls;
        try {
          baseUrls = await mocks.serve();
        } catch (error) {
          return { code: 1, output: `the Prism mock of the mutated spec did not start: ${String(error)}` };
        }
        return run(node, [vitest, 'run'], inDir('packages/contract-tests'), 240_000, {
          ORGDIR_CONTRACT_BASE_URLS: JSON.stringify(baseUrls),
        });
      },
    },
  ];
}

/**
 * Prism mocks for the contract tests, one per vendor, kept running across mutations: only the
 * mock of a spec whose text changed since it started is restarted (Prism takes seconds to start).
 */
class MockPool {
  /** @type {Map<string, { text: string, mocks: RunningMocks }>} */
  #running = new Map();
  /** @param {StartMocks} startMocks @param {Record<string, string>} specFiles spec path per vendor */
  constructor(startMocks, specFiles) {
    this.startMocks = startMocks;
    this.specFiles = specFiles;
  }

  /**
   * Starts or restarts what is needed; resolves with every vendor's base URL.
   * @returns {Promise<Record<string, string | undefined>>}
   */
  async serve() {
    await Promise.all(
      Object.entries(this.specFiles).map(async ([vendor, file]) => {
        const text = await readFile(file, 'utf8');
        const current = this.#running.get(vendor);
        if (current?.text === text) return;
        this.#running.delete(vendor);
        await current?.mocks.stop();
        const mocks = await this.startMocks({ vendors: [vendor], specPaths: { [vendor]: file } });
        this.#running.set(vendor, { text, mocks });
      }),
    );
    return Object.fromEntries([...this.#running].map(([vendor, { mocks }]) => [vendor, mocks.baseUrls[vendor]]));
  }

  /** Stops every mock. */
  async stop() {
    await Promise.all([...this.#running.values()].map(({ mocks }) => mocks.stop()));
    this.#running.clear();
  }
}

/**
 * Runs steps until one fails; returns which failed (or none) and its output.
 * @param {Step[]} steps
 * @returns {Promise<{ failedStep: string | undefined, output: string, ms: number }>}
 */
async function runGate(steps) {
  const started = Date.now();
  for (const step of steps) {
    const result = await step.run();
    if (result.code !== 0)
      return { failedStep: result.name ?? step.name, output: result.output, ms: Date.now() - started };
  }
  return { failedStep: undefined, output: '', ms: Date.now() - started };
}

/**
 * The line of a failed step's output that says what broke (the TS error, the failed assertion).
 * @param {string} step @param {string} output
 */
function evidence(step, output) {
  const lines = output.split('\n').map((l) => l.trim());
  if (step === 'contract tests' && !output.includes('FAIL')) return output.split('\n')[0] ?? '';
  if (step === 'contract tests') {
    const fail = lines.find((l) => /^FAIL\s/.test(l));
    const why = lines.find((l) => /^(AssertionError|Error|TypeError):/.test(l));
    return [fail?.replace(/^FAIL\s+/, ''), why].filter(Boolean).join(' — ') || lines.find(Boolean) || '';
  }
  if (step === 'check:generated') return lines.filter((l) => /^- /.test(l)).join('; ') || lines.find(Boolean) || '';
  return lines.find((l) => /error TS\d+/.test(l)) ?? lines.find(Boolean) ?? '';
}

const clip = (/** @type {string} */ text, n = 160) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

async function main() {
  const apis = await loadApis();
  const original = new Map(
    await Promise.all(apis.map(async (api) => /** @type {const} */ ([api.name, await readFile(api.specPath, 'utf8')]))),
  );
  const only = args.only;
  const chosen = only ? MUTATIONS.filter((m) => only.includes(m.id)) : MUTATIONS;
  const stale = only ? STALE_CHECKS.filter((s) => only.includes(s.id)) : STALE_CHECKS;
  if (only && chosen.length + stale.length !== only.length) {
    const known = [...MUTATIONS, ...STALE_CHECKS].map((m) => m.id).join(', ');
    throw new Error(`unknown --only id; known: ${known}`);
  }

  const started = Date.now();
  const dir = await copyWorkspace(repoRoot, 'orgdir-drift-');
  console.log(`drift: working in ${dir}`);
  const specFile = (/** @type {string} */ vendor) => {
    const api = apis.find((a) => a.name === vendor);
    if (!api) throw new Error(`drift: no API ${vendor} in redocly.yaml`);
    return path.join(dir, path.relative(repoRoot, api.specPath));
  };
  const generatedFiles = apis.flatMap((api) =>
    [api.outputPath, validatorPath(api, undefined)].map((file) => path.join(dir, path.relative(repoRoot, file))),
  );
  const originalGenerated = await Promise.all(generatedFiles.map((f) => readFile(f, 'utf8')));

  // Unchanged files are left alone: Prism reloads a spec whenever its file is written.
  const writeIfChanged = async (/** @type {string} */ file, /** @type {string} */ text) => {
    if ((await readFile(file, 'utf8')) !== text) await writeFile(file, text);
  };
  // Puts the copy in the state of `mutation`: the specs it edits mutated, the other specs and the
  // generated files as committed.
  const mutate = async (/** @type {Mutation} */ mutation) => {
    for (const [vendor, text] of original) {
      if (mutation.vendor !== 'all' && mutation.vendor !== vendor) {
        await writeIfChanged(specFile(vendor), text);
        continue;
      }
      const doc = parse(text);
      mutation.apply(doc);
      await writeIfChanged(specFile(vendor), stringify(doc, { lineWidth: 0 }));
    }
    await Promise.all(generatedFiles.map((f, i) => writeIfChanged(f, originalGenerated[i] ?? '')));
  };

  /**
   * @type {Array<{ id: string, kind: string, spec: string, change: string, expected: string, result: string,
   *   verdict: string, evidence: string, seconds: string, lint?: string | undefined }>}
   */
  const rows = [];
  let exitCode = 0;
  /** @type {MockPool | undefined} */
  let mocks;
  try {
    // The copy builds its own packages: the gate must test these sources, not whatever dist was left over.
    for (const pkg of ['types', 'mock', 'client']) {
      const built = await run(
        process.execPath,
        [tsc, '-p', path.join(dir, 'packages', pkg, 'tsconfig.build.json')],
        dir,
      );
      if (built.code !== 0) throw new Error(`could not build packages/${pkg} in the copy:\n${built.output}`);
    }
    const { startMocks } = /** @type {{ startMocks: StartMocks }} */ (
      await import(pathToFileURL(path.join(dir, 'packages/mock/dist/index.js')).href)
    );
    const pool = new MockPool(startMocks, Object.fromEntries(apis.map((api) => [api.name, specFile(api.name)])));
    mocks = pool;
    // As committed: generated files up to date, gate green.
    const baseline = await runGate(gateSteps(dir, { regenerate: false, mocks: pool }));
    if (baseline.failedStep) {
      console.error(`drift: the gate is red before any mutation (${baseline.failedStep}):\n${baseline.output}`);
      process.exitCode = 2;
      return;
    }
    console.log(`drift: baseline gate green in ${(baseline.ms / 1000).toFixed(1)} s`);

    for (const mutation of chosen) {
      await mutate(mutation);
      const lint = args.lint
        ? await run(
            process.execPath,
            [path.join(dir, 'scripts/lint-specs.mjs'), '--config', path.join(dir, 'redocly.yaml')],
            dir,
          )
        : undefined;
      const result = await runGate(gateSteps(dir, { regenerate: true, mocks: pool }));
      const failedStep = result.failedStep;
      const caught = failedStep !== undefined;
      const ok = mutation.contract ? caught : !caught;
      if (!ok) exitCode = 1;
      rows.push({
        id: mutation.id,
        kind: mutation.kind,
        spec: mutation.vendor,
        change: mutation.what,
        expected: mutation.contract ? 'red' : 'green',
        result: caught ? `caught by ${result.failedStep}` : 'green (survived)',
        verdict: ok ? 'ok' : 'FAIL',
        evidence: caught ? clip(evidence(failedStep, result.output)) : '',
        seconds: (result.ms / 1000).toFixed(1),
        lint: lint === undefined ? undefined : lint.code === 0 ? 'clean' : 'errors',
      });
      if (lint && lint.code !== 0) console.log(lint.output.split('\n').slice(0, 30).join('\n'));
      console.log(`drift: ${ok ? 'ok  ' : 'FAIL'} ${mutation.id} (${rows.at(-1)?.result}, ${rows.at(-1)?.seconds} s)`);
      if (args.verbose || (!ok && caught)) console.log(result.output.split('\n').slice(0, 80).join('\n'));
    }

    for (const check of stale) {
      const mutation = MUTATIONS.find((m) => m.id === check.of);
      if (!mutation) throw new Error(`drift: stale check ${check.id} names no mutation (${check.of})`);
      await mutate(mutation);
      const [step] = gateSteps(dir, { regenerate: false, mocks: pool });
      if (!step) throw new Error('drift: the gate has no first step');
      const started = Date.now();
      const result = await step.run();
      const ok = result.code !== 0;
      if (!ok) exitCode = 1;
      rows.push({
        id: check.id,
        kind: 'not regenerated',
        spec: mutation.vendor,
        change: check.what,
        expected: 'red',
        result: ok ? 'caught by check:generated' : 'green (survived)',
        verdict: ok ? 'ok' : 'FAIL',
        evidence: ok ? clip(evidence('check:generated', result.output)) : '',
        seconds: ((Date.now() - started) / 1000).toFixed(1),
      });
      console.log(`drift: ${ok ? 'ok  ' : 'FAIL'} ${check.id} (${rows.at(-1)?.result})`);
    }
  } finally {
    await mocks?.stop();
    if (args.keep) console.log(`drift: kept ${dir}`);
    else await removeCopy(dir);
  }

  const withLint = args.lint ? ['lint'] : [];
  const header = ['mutation', 'kind', 'spec', 'change', 'expected', 'result', 'verdict', 's', ...withLint, 'evidence'];
  const cells = rows.map((r) => [
    r.id,
    r.kind,
    r.spec,
    r.change,
    r.expected,
    r.result,
    r.verdict,
    r.seconds,
    ...(args.lint ? [r.lint ?? ''] : []),
    r.evidence.replaceAll('|', '\\|'),
  ]);
  console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
  for (const row of cells) console.log(`| ${row.join(' | ')} |`);
  const failed = rows.filter((r) => r.verdict !== 'ok');
  console.log(
    `\ndrift: ${rows.length - failed.length}/${rows.length} as expected in ${((Date.now() - started) / 1000).toFixed(0)} s` +
      (failed.length ? `; unexpected: ${failed.map((r) => r.id).join(', ')}` : ''),
  );
  process.exitCode = exitCode;
}

await main();
