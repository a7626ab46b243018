// The published packages must work outside this workspace: packed by `pnpm pack`, checked by publint
// and Are the Types Wrong, installed from the tarballs into one project under the OS temp dir,
// compiled by a strict TypeScript consumer and run; the CLI is installed without its optional
// `@orgdir/mock` and then with it. Needs the packages' `dist/` (`pnpm build`).

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { execFailure } from './support/exec-failure.mjs';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
/** Resolution kinds attw's `esm-only` profile ignores: the packages are ESM, which CommonJS reaches with import(). */
const ESM_ONLY_IGNORED = ['node10', 'node16-cjs'];
/** typescript's ModuleKind.ESNext, as attw reports a file's detected module kind. */
const ESNEXT = 99;
const API_KEY = 'KEY_pack_consumer_test';

/** The published packages, each with its folder, tarball name and whether it is a library (typed exports). */
const packages = [
  { name: '@orgdir/types', dir: 'packages/types', tarball: 'orgdir-types', library: true },
  { name: '@orgdir/client', dir: 'packages/client', tarball: 'orgdir-client', library: true },
  { name: '@orgdir/mock', dir: 'packages/mock', tarball: 'orgdir-mock', library: true },
  // A binary only: no exports for attw to resolve.
  { name: '@orgdir/cli', dir: 'packages/cli', tarball: 'orgdir-cli', library: false },
];

/** The environment for a child pnpm: without the `npm_*` variables a parent pnpm script exports as config. */
function childEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

/**
 * Runs a command and returns its exit code and output, never throwing.
 * @param {string} command @param {string[]} args @param {string} [cwd]
 * @returns {Promise<{ code: number, output: string, stdout: string, stderr: string }>}
 */
async function exec(command, args, cwd) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, env: childEnv(), maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr, message } = execFailure(error);
    return { code, output: `${stdout}${stderr}${message}`, stdout, stderr };
  }
}

/**
 * Runs a command that must succeed, returning its stdout.
 * @param {string} command @param {string[]} args @param {string} [cwd]
 */
async function must(command, args, cwd) {
  const result = await exec(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}):\n${result.output}`);
  return result.stdout;
}

/**
 * The files of a .tgz, relative to its `package/` folder, mapped to their contents.
 * @param {Buffer} buffer
 */
function readTarball(buffer) {
  const tar = gunzipSync(buffer);
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (/** @type {number} */ start, /** @type {number} */ length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if (type === '0' || type === '')
      files.set(name.replace(/^package\//, ''), tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/**
 * Every file path an `exports` map (or a `bin`) points at.
 * @param {unknown} value
 * @returns {string[]}
 */
function exportTargets(value) {
  if (typeof value === 'string') return [value.replace(/^\.\//, '')];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(exportTargets);
}

/** The Telnyx users the local server serves, two per page. */
const users = [
  { id: 'u1', email: 'ada@example.com', user_status: 'enabled', created_at: '2024-01-01T00:00:00Z' },
  { id: 'u2', email: 'grace@example.com', user_status: 'disabled', created_at: '2024-01-02T00:00:00Z' },
  { id: 'u3', email: 'linus@example.com', user_status: 'blocked', created_at: '2024-01-03T00:00:00Z' },
];

/**
 * A request the stand-in server received.
 * @typedef {{ path: string, query: Record<string, string>, auth: string | undefined }} SeenRequest
 */

/**
 * A stand-in for Telnyx `GET /v2/organizations/users`: numbered pages, bearer auth.
 * @param {SeenRequest[]} requests
 */
function telnyxServer(requests) {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push({
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      auth: request.headers.authorization,
    });
    const send = (/** @type {number} */ status, /** @type {unknown} */ body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname !== '/v2/organizations/users') return send(404, { errors: [{ code: '404', title: 'Not found' }] });
    if (request.headers.authorization !== `Bearer ${API_KEY}`) {
      return send(401, { errors: [{ code: '10009', title: 'Authentication failed' }] });
    }
    const size = Number(url.searchParams.get('page[size]') ?? 250);
    const number = Number(url.searchParams.get('page[number]') ?? 1);
    const data = users.slice((number - 1) * size, number * size);
    const total_pages = Math.ceil(users.length / size);
    send(200, { data, meta: { total_pages, total_results: users.length, page_number: number, page_size: size } });
  });
}

/** The consumer: strict NodeNext TypeScript, no @types/node, importing the client and the types. */
const program = `import {
  AuthenticationError,
  createTelnyxClient,
  type TelnyxUser,
} from '@orgdir/client';
import type { Telnyx } from '@orgdir/types';

declare const process: { argv: string[] };

type UserStatus = Telnyx.components['schemas']['UserStatus'];

const baseUrl = process.argv[2];
if (baseUrl === undefined) throw new Error('usage: node main.js <baseUrl>');

const telnyx = createTelnyxClient({ apiKey: '${API_KEY}', baseUrl, maxRetries: 0 });
const listed: TelnyxUser[] = await telnyx.users.list({ pageSize: 2 }).toArray();
for (const user of listed) {
  const status: UserStatus | undefined = user.user_status;
  console.log(\`user \${user.id} \${user.email} \${status}\`);
}

// The types are real, not \`any\`: an undocumented status is refused.
// @ts-expect-error 'archived' is not a Telnyx user status
telnyx.users.list({ filter: { user_status: 'archived' } });

const wrongKey = createTelnyxClient({ apiKey: 'KEY_wrong', baseUrl, maxRetries: 0 });
try {
  await wrongKey.users.list().toArray();
  console.log('error none');
} catch (error) {
  console.log(\`error \${error instanceof AuthenticationError ? 'AuthenticationError' : String(error)}\`);
}

const typesAtRuntime = await import('@orgdir/types');
console.log(\`types-module \${Object.keys(typesAtRuntime).sort().join(',')}\`);
`;

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    // The client's signatures use fetch, Request and AbortSignal: a consumer has them from DOM or @types/node.
    lib: ['ES2022', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    // Check the packages' declaration files too: they must compile in a project that is not ours.
    // (TypeScript's own lib files are TypeScript's to check.)
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    types: [],
    outDir: 'out',
  },
  files: ['main.ts'],
};

/**
 * The fields of a package.json this test reads.
 * @typedef {{ version: string, type?: string, files: string[], exports: Record<string, Record<string, string>>,
 *   bin?: unknown, dependencies?: Record<string, string>, peerDependencies?: Record<string, string> }} Manifest
 */

/**
 * The store the workspace was installed from, as pnpm recorded it in node_modules/.modules.yaml (or
 * as `pnpm store path` says when that record is missing).
 */
async function workspaceStore() {
  const record = await readFile(path.join(root, 'node_modules/.modules.yaml'), 'utf8').catch(() => '');
  const { storeDir } = /** @type {{ storeDir?: unknown }} */ (parseYaml(record) ?? {});
  if (typeof storeDir === 'string' && storeDir !== '') return storeDir;
  return (await must('pnpm', ['store', 'path'], root)).trim();
}

describe('packed tarballs', () => {
  let work = '';
  /** The workspace's pnpm store: it already holds openapi-fetch and papaparse, so installs can stay offline. */
  let store = '';
  /** The one project outside the workspace the tarballs are installed into (see {@link install}). */
  let consumer = '';
  /** @type {Map<string, { file: string, manifest: Manifest, files: Map<string, Buffer> }>} */
  const packedByName = new Map();
  /** Tarball path and contents of a package. @param {string} name */
  const packed = (name) => {
    const found = packedByName.get(name);
    if (!found) throw new Error(`${name} was not packed`);
    return found;
  };

  beforeAll(async () => {
    for (const { dir } of packages) {
      if (!existsSync(path.join(root, dir, 'dist'))) {
        throw new Error(`${dir}/dist is missing: run \`pnpm turbo run build\` first`);
      }
    }
    work = await mkdtemp(path.join(tmpdir(), 'orgdir-pack-'));
    consumer = path.join(work, 'consumer');
    const packs = path.join(work, 'packs');
    await mkdir(packs);
    const filters = packages.flatMap(({ name }) => ['--filter', name]);
    [, store] = await Promise.all([
      must('pnpm', [...filters, 'pack', '--pack-destination', packs], root),
      workspaceStore(),
    ]);
    for (const pkg of packages) {
      /** @type {Manifest} */
      const manifest = JSON.parse(await readFile(path.join(root, pkg.dir, 'package.json'), 'utf8'));
      const file = path.join(packs, `${pkg.tarball}-${manifest.version}.tgz`);
      packedByName.set(pkg.name, { file, manifest, files: readTarball(await readFile(file)) });
    }
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  describe.each(packages)('$name', ({ name }) => {
    it('holds only package.json, README/LICENSE and what `files` names: no tests, no node_modules', () => {
      const { manifest, files } = packed(name);
      const allowed = manifest.files.map((entry) => entry.replace(/^\.\//, '').replace(/\/$/, ''));
      const stray = [...files.keys()].filter(
        (file) =>
          file !== 'package.json' &&
          !/^(README|LICEN[CS]E)(\.\w+)?$/i.test(file) &&
          !allowed.some((entry) => file === entry || file.startsWith(`${entry}/`)),
      );
      expect(stray).toEqual([]);
      const forbidden = [...files.keys()].filter((file) =>
        /(^|\/)(node_modules|test|__tests__)\/|\.test(-d)?\.[cm]?[jt]s$|(^|\/)tsconfig[^/]*\.json$/.test(file),
      );
      expect(forbidden).toEqual([]);
    });

    it('contains every file its `exports` and `bin` point at', () => {
      const { manifest, files } = packed(name);
      const targets = [...exportTargets(manifest.exports), ...exportTargets(manifest.bin)];
      expect(targets.length).toBeGreaterThan(0);
      // A subpath pattern (`./validators/*`) must match at least one packed file; any other target, itself.
      const missing = targets.filter((target) => {
        if (!target.includes('*')) return !files.has(target);
        const [before = '', after = ''] = target.split('*');
        return ![...files.keys()].some((file) => file.startsWith(before) && file.endsWith(after));
      });
      expect(missing).toEqual([]);
    });

    it('is ESM with `types` first in every export condition, and no workspace:/catalog: specifiers', () => {
      /** @type {Manifest} */
      const published = JSON.parse(String(packed(name).files.get('package.json')));
      expect(published.type).toBe('module');
      for (const conditions of Object.values(published.exports ?? {})) {
        expect(Object.keys(conditions)[0]).toBe('types');
      }
      const specifiers = Object.values({ ...published.dependencies, ...published.peerDependencies });
      expect(specifiers.filter((spec) => /^(workspace|catalog):/.test(spec))).toEqual([]);
    });
  });

  it.each(packages)('$name: publint finds nothing, not even a suggestion', async ({ name }) => {
    // publint's own API on the tarball, as `publint run <tarball> --strict` checks it.
    const tarball = await readFile(packed(name).file);
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      strict: true,
      level: 'suggestion',
    });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`)).toEqual([]);
  });

  it.each(packages.filter((p) => p.library))(
    '$name: Are the Types Wrong finds no problem for ESM consumers (node16, bundler)',
    async ({ name }) => {
      // attw's own API on the tarball, as `attw <tarball> --profile esm-only` checks it: every
      // problem counts except those of the resolutions that profile ignores (require() from CJS).
      const analysis = await checkPackage(
        createPackageFromTarballData(new Uint8Array(await readFile(packed(name).file))),
      );
      if (!analysis.types) throw new Error(`${name}: attw found no types in the tarball`);
      expect(analysis.types).toEqual({ kind: 'included' });
      const problems = analysis.problems.filter(
        (problem) => !('resolutionKind' in problem && ESM_ONLY_IGNORED.includes(problem.resolutionKind)),
      );
      expect(problems).toEqual([]);
      const entrypoints = Object.values(analysis.entrypoints).filter((entry) => !entry.isWildcard);
      expect(entrypoints.map((entry) => entry.subpath)).toContain('.');
      for (const entry of entrypoints) {
        // node16 from ESM: typed, and an ES module ("OK (ESM)" in attw's table); bundler: typed.
        const esm = entry.resolutions['node16-esm'].resolution;
        expect(esm?.isTypeScript, `${entry.subpath}: node16 (from ESM)`).toBe(true);
        expect(analysis.programInfo.node16.moduleKinds?.[esm?.fileName ?? '']?.detectedKind).toBe(ESNEXT);
        expect(entry.resolutions.bundler.resolution?.isTypeScript, `${entry.subpath}: bundler`).toBe(true);
      }
    },
  );

  /** @param {string} name */
  const tarball = (name) => `file:${packed(name).file}`;

  /**
   * Writes the consumer's package.json (the client, the types and the CLI, plus `@orgdir/mock` when
   * asked) and installs it from the tarballs and the workspace store (offline when it can).
   * @param {boolean} withMock
   */
  async function install(withMock) {
    // Our tarballs, never the registry (the client's own `@orgdir/types` dependency included);
    // Prism's inner packages pinned as the workspace pins them.
    const workspace = parseYaml(await readFile(path.join(root, 'pnpm-workspace.yaml'), 'utf8'));
    const ours = Object.fromEntries(packages.map(({ name }) => [name, tarball(name)]));
    /** @type {Record<string, string>} */
    const dependencies = {
      '@orgdir/client': tarball('@orgdir/client'),
      '@orgdir/types': tarball('@orgdir/types'),
      '@orgdir/cli': tarball('@orgdir/cli'),
    };
    if (withMock) dependencies['@orgdir/mock'] = tarball('@orgdir/mock');
    const manifest = {
      name: 'orgdir-pack-consumer',
      private: true,
      type: 'module',
      dependencies,
      pnpm: { overrides: { ...workspace.overrides, ...ours } },
    };
    await writeFile(path.join(consumer, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const args = ['install', '--store-dir', store, '--no-frozen-lockfile', '--config.confirmModulesPurge=false'];
    const offline = await exec('pnpm', [...args, '--offline'], consumer);
    if (offline.code !== 0) await must('pnpm', [...args, '--prefer-offline'], consumer);
  }

  /** @type {Promise<void> | undefined} */
  let installedWithoutMock;
  /** The consumer installed without `@orgdir/mock`, once for every test that needs it. */
  const withoutMock = () => {
    installedWithoutMock ??= mkdir(consumer).then(() => install(false));
    return installedWithoutMock;
  };

  describe('a TypeScript project outside the workspace', () => {
    /** @type {Awaited<ReturnType<typeof exec>>} */
    let compiled = { code: -1, output: 'not compiled', stdout: '', stderr: '' };
    /** @type {import('node:http').Server | undefined} */
    let server;
    /** @type {SeenRequest[]} */
    const requests = [];

    beforeAll(async () => {
      await withoutMock();
      await writeFile(path.join(consumer, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`);
      await writeFile(path.join(consumer, 'main.ts'), program);
      compiled = await exec(process.execPath, [tsc, '-p', consumer], consumer);
      const listening = telnyxServer(requests);
      server = listening;
      await new Promise((resolve) => listening.listen(0, '127.0.0.1', () => resolve(undefined)));
    });

    afterAll(async () => {
      await new Promise((resolve) => (server ? server.close(() => resolve(undefined)) : resolve(undefined)));
    });

    it('installed both packages from the tarballs, not the workspace or the registry', async () => {
      for (const name of ['@orgdir/types', '@orgdir/client']) {
        const installed = JSON.parse(await readFile(path.join(consumer, 'node_modules', name, 'package.json'), 'utf8'));
        expect(installed.version).toBe(packed(name).manifest.version);
      }
      const lock = await readFile(path.join(consumer, 'pnpm-lock.yaml'), 'utf8');
      expect(lock).toContain(packed('@orgdir/types').file);
      expect(lock).not.toContain('link:');
    });

    it('compiles a strict NodeNext program that imports the client and `import type`s @orgdir/types', () => {
      expect(compiled.output).toBe('');
      expect(compiled.code).toBe(0);
    });

    it('lists the users of every page against a local server', async () => {
      const address = server?.address();
      if (!address || typeof address !== 'object') throw new Error('the stand-in server is not listening');
      const { port } = address;
      const output = await must(process.execPath, [path.join(consumer, 'out/main.js'), `http://127.0.0.1:${port}/v2`]);
      expect(output.trim().split('\n')).toEqual([
        'user u1 ada@example.com enabled',
        'user u2 grace@example.com disabled',
        'user u3 linus@example.com blocked',
        'error AuthenticationError',
        'types-module VENDOR_IDS',
      ]);
      const listed = requests.filter(({ auth }) => auth === `Bearer ${API_KEY}`);
      const pages = listed.map(({ path, query }) => `${path} ${query['page[number]']}/${query['page[size]']}`);
      expect(pages.sort()).toEqual(['/v2/organizations/users 1/2', '/v2/organizations/users 2/2']);
    });
  });

  describe('the CLI installed from the tarballs', () => {
    /**
     * Runs the installed `orgdir` binary from the consumer folder.
     * @param {string[]} args
     */
    function orgdir(args) {
      const bin = path.join(consumer, 'node_modules/@orgdir/cli/dist/bin.js');
      return exec(process.execPath, [bin, ...args], consumer);
    }

    it('without @orgdir/mock: light (no Prism), and --mock is one clear usage error naming the install command', async () => {
      await withoutMock();
      expect(existsSync(path.join(consumer, 'node_modules/@orgdir/mock'))).toBe(false);
      // Light: no Prism installed at all (its version pins still show in the lockfile's overrides).
      const installed = await readdir(path.join(consumer, 'node_modules/.pnpm'));
      expect(installed.filter((entry) => entry.startsWith('@stoplight+prism'))).toEqual([]);
      expect(installed.some((entry) => entry.startsWith('@orgdir+cli@'))).toBe(true);
      const result = await orgdir(['directory', '--mock']);
      expect(result.code).toBe(2);
      // One line, and only that line: no stack trace, no "skipping" before it.
      expect(result.stderr).toMatch(/^orgdir: .*npm i -D @orgdir\/mock.*\n$/);
      const help = await orgdir(['help']);
      expect(help.code).toBe(0);
    });

    it('with @orgdir/mock: `orgdir directory --mock` prints the directory from the Prism mocks', async () => {
      await withoutMock();
      await install(true);
      const result = await orgdir(['directory', '--mock', '--format', 'json']);
      expect(result.code).toBe(0);
      /** @type {{ vendors: Array<{ vendor: string, status: string }>, users: Array<{ vendor: string }> }} */
      const directory = JSON.parse(result.stdout);
      expect(directory.vendors.map((v) => `${v.vendor} ${v.status}`)).toEqual([
        'telnyx complete',
        'flashback complete',
        'openai complete',
      ]);
      expect(new Set(directory.users.map((u) => u.vendor))).toEqual(new Set(['telnyx', 'flashback', 'openai']));
    });
  });
});
