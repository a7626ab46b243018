// Reads a spec at a git ref or in the working tree and dereferences it with `redocly bundle
// --dereferenced`. The YAML output is used because recursive schemas cannot be written as JSON:
// Redocly writes them as YAML anchors, which parse back into shared (possibly cyclic) objects.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { redoclyBin, withoutBanner } from '../lib/redocly.mjs';

const run = promisify(execFile);

/**
 * Runs git in `cwd` and returns its trimmed stdout.
 * @param {string[]} args @param {string} cwd
 */
export async function git(args, cwd) {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/**
 * Whether `git` succeeds (e.g. a ref or a path at a ref exists).
 * @param {string[]} args @param {string} cwd
 */
export async function gitOk(args, cwd) {
  try {
    await run('git', args, { cwd });
    return true;
  } catch {
    return false;
  }
}

/**
 * The default base: the merge base of HEAD and `main` (or `origin/main`), else HEAD itself.
 * @param {string} cwd
 * @returns {Promise<string>}
 */
export async function defaultBase(cwd) {
  for (const branch of ['main', 'origin/main']) {
    try {
      return await git(['merge-base', 'HEAD', branch], cwd);
    } catch {
      // try the next candidate
    }
  }
  return 'HEAD';
}

/**
 * Copies the directory of each spec root (so that relative `$ref`s to other files resolve) and the
 * Redocly config as they were at `ref` into `dir`: one `git ls-tree` to list them and one
 * `git cat-file --batch` to read them all, not a `git show` per file.
 * @param {string} ref @param {string[]} roots spec paths relative to `cwd` @param {string} cwd @param {string} dir
 */
export async function checkoutSpecs(ref, roots, cwd, dir) {
  const dirs = [...new Set(roots.map((root) => path.posix.dirname(root.split(path.sep).join('/'))))];
  const listed = await git(['ls-tree', '-r', '--name-only', ref, '--', ...dirs, 'redocly.yaml'], cwd);
  const files = listed.split('\n').filter(Boolean);
  const contents = await catFiles(
    files.map((file) => `${ref}:${file}`),
    cwd,
  );
  for (const [i, file] of files.entries()) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents[i] ?? Buffer.alloc(0));
  }
}

/**
 * The contents of git objects (`<ref>:<path>`), read by one `git cat-file --batch`.
 * @param {string[]} objects
 * @param {string} cwd
 * @returns {Promise<Buffer[]>} in the order of `objects`
 */
export async function catFiles(objects, cwd) {
  if (objects.length === 0) return [];
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  /** @type {Buffer[]} */
  const out = [];
  let stderr = '';
  child.stdout.on('data', (/** @type {Buffer} */ chunk) => out.push(chunk));
  child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
    stderr += chunk.toString('utf8');
  });
  // A failed write (git gone before reading its input) shows as its exit status below.
  child.stdin.on('error', () => {});
  child.stdin.end(`${objects.join('\n')}\n`);
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`git cat-file --batch failed (${code}): ${stderr.trim()}`);
  const all = Buffer.concat(out);
  /** @type {Buffer[]} */
  const contents = [];
  let offset = 0;
  for (const object of objects) {
    // Each answer: `<oid> <type> <size>\n<contents>\n`, or `<object> missing\n`.
    const end = all.indexOf(0x0a, offset);
    const header = all.subarray(offset, end === -1 ? all.length : end).toString('utf8');
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (end === -1 || size === undefined) throw new Error(`git cat-file --batch: no file ${object} (${header})`);
    contents.push(all.subarray(end + 1, end + 1 + Number(size)));
    offset = end + 1 + Number(size) + 1;
  }
  return contents;
}

/**
 * Dereferenced documents by the content they came from (see `contentKey`), newest last: a spec
 * that did not change between the base and the working tree, or between two comparisons in one
 * process, is dereferenced once. Each entry is a promise, so concurrent calls share one run.
 * @type {Map<string, Promise<unknown>>}
 */
const dereferenced = new Map();
/** How many documents `dereferenced` keeps: a comparison holds one per spec and side. */
const CACHE_LIMIT = 16;

/**
 * What a self-contained spec's dereferenced document depends on: its text, its path in the folder
 * Redocly runs in and that folder's Redocly config. Undefined for a spec with a `$ref` to another
 * file, whose result depends on files not hashed here.
 * @param {string} config @param {string} relativePath @param {string} text
 */
function contentKey(config, relativePath, text) {
  if (/\$ref["']?\s*:(?!\s*["']?#)/.test(text)) return undefined;
  return createHash('sha256').update(`${config}\0${relativePath}\0${text}`).digest('hex');
}

/** @param {string} key @param {Promise<unknown>} doc */
function remember(key, doc) {
  dereferenced.delete(key);
  dereferenced.set(key, doc);
  // A failed run is not remembered: the next call tries again.
  doc.catch(() => dereferenced.get(key) === doc && dereferenced.delete(key));
  for (const oldest of dereferenced.keys()) {
    if (dereferenced.size <= CACHE_LIMIT) break;
    dereferenced.delete(oldest);
  }
}

/**
 * Dereferences specs and parses the results: one Redocly run (each run costs ~0.5 s of start-up)
 * for the specs whose content was not dereferenced before in this process.
 * @param {string[]} specPaths absolute paths
 * @param {string} cwd where Redocly looks for its config
 * @returns {Promise<any[]>} the documents, in the order of `specPaths`; each call gets its own copies
 */
export async function dereference(specPaths, cwd) {
  const config = await readFile(path.join(cwd, 'redocly.yaml'), 'utf8').catch(() => '');
  const texts = await Promise.all(specPaths.map((specPath) => readFile(specPath, 'utf8')));
  /** @type {string[]} */
  const batch = [];
  /** @type {(docs: Promise<any[]>) => void} */
  let start = () => {};
  /** @type {Promise<any[]>} */
  const batchDone = new Promise((resolve) => {
    start = resolve;
  });
  const docs = specPaths.map((specPath, i) => {
    const key = contentKey(config, path.relative(cwd, specPath), texts[i] ?? '');
    const known = key === undefined ? undefined : dereferenced.get(key);
    if (known) return known;
    const index = batch.push(specPath) - 1;
    const doc = batchDone.then((parsed) => parsed[index]);
    if (key !== undefined) remember(key, doc);
    return doc;
  });
  start(batch.length > 0 ? redoclyDereference(batch, cwd) : Promise.resolve([]));
  // Copies: a caller that edits its document must not change what the next caller gets.
  return (await Promise.all(docs)).map((doc) => structuredClone(doc));
}

/**
 * Dereferences specs with one Redocly run and parses the results.
 * @param {string[]} specPaths absolute paths
 * @param {string} cwd where Redocly looks for its config
 * @returns {Promise<any[]>} the documents, in the order of `specPaths`
 */
async function redoclyDereference(specPaths, cwd) {
  if (specPaths.length === 0) return [];
  const names = specPaths.map((p) => path.basename(p, path.extname(p)));
  if (new Set(names).size !== names.length) {
    // Redocly names its outputs after the input file names; run once per spec when they clash.
    return (await Promise.all(specPaths.map((p) => redoclyDereference([p], cwd)))).flat();
  }
  const out = await mkdtemp(path.join(tmpdir(), 'spec-diff-'));
  try {
    // With one input Redocly treats -o as a file, with several as a folder.
    const target = specPaths.length === 1 ? path.join(out, `${names[0]}.yaml`) : out;
    try {
      await run(redoclyBin, ['bundle', ...specPaths, '--dereferenced', '--ext', 'yaml', '-o', target], {
        cwd,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      const err = /** @type {{ stderr?: string, stdout?: string }} */ (error);
      throw new Error(`redocly bundle failed:\n${withoutBanner(`${err.stdout ?? ''}${err.stderr ?? ''}`)}`);
    }
    return await Promise.all(
      names.map(async (name) => parse(await readFile(path.join(out, `${name}.yaml`), 'utf8'), { maxAliasCount: -1 })),
    );
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
