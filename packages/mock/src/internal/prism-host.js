// @ts-check
// The child process behind startMocks(): loads Prism once and runs one independent Prism HTTP
// server per spec, each on its own port, as `prism mock <spec> --multiprocess=false` would.
// Plain JavaScript so the same file runs from src/ (tests) and dist/ (compiled copy).
// Usage: node prism-host.js '<HostConfig as JSON>'. Talks to its parent by JSON lines on stdout
// (see host-protocol.ts); anything else it prints (a crash) is the host's own output.
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { preferEnglishFaker } from './english-faker.js';

// First, before the seconds Prism takes to load: exit when our stdin (a pipe from the parent)
// closes, which the OS does when the parent dies in any way, SIGKILL included.
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();

/**
 * @typedef {import('./host-protocol.js').HostConfig} HostConfig
 * @typedef {import('./host-protocol.js').HostMessage} HostMessage
 * @typedef {{ listen(port: number, host: string): Promise<string>, close(): Promise<void>, logger: unknown }} PrismServer
 * @typedef {{ info(msg: string): void, start(msg: string): void, fatal(msg: string): void, child(bindings: object): Logger }} Logger
 */

/** @param {HostMessage} message */
function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

/** @type {HostConfig} */
const config = JSON.parse(process.argv[2] ?? 'null');
if (config === null || !Array.isArray(config.specs)) {
  throw new Error('prism-host: expected a JSON host configuration as its only argument');
}

// Prism's own modules, resolved from @stoplight/prism-cli exactly as its CLI resolves them.
const prismRequire = createRequire(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json'));
// Before Prism loads: its default faker with the locales a spec asks for, not all of them.
preferEnglishFaker(prismRequire.resolve('@stoplight/prism-http'));
const { createLogger } = prismRequire('@stoplight/prism-core');
const { getHttpOperationsFromSpec } = prismRequire('@stoplight/prism-http');
const { createServer } = prismRequire('@stoplight/prism-http-server');
const { configureExtensionsUserProvided } = prismRequire('./dist/extensions.js');
const { runPrismAndSetupWatcher } = prismRequire('./dist/util/runner.js');
const { createExamplePath } = prismRequire('./dist/util/paths.js');
const { attachTagsToParamsValues, transformPathParamsValues } = prismRequire('./dist/util/colorizer.js');
const { LOG_COLOR_MAP } = prismRequire('./dist/const/options.js');
const pino = prismRequire('pino');

/** The logger options of Prism's CLI (`cliSpecificLoggerOptions`, level from `--verboseLevel`'s default). */
const loggerOptions = {
  customLevels: { start: pino.levels.values.info + 1 },
  level: 'info',
  formatters: { level: (/** @type {string} */ level) => ({ level }) },
};

/**
 * A pino stream that turns each of one server's log records into a text line for the parent, as
 * Prism's CLI prints them: `[CLI] start Prism is listening on …`, `    [VALIDATOR] GET /x warning …`.
 * @param {number} spec
 */
function logStream(spec) {
  const stream = new PassThrough();
  let pending = '';
  stream.on('data', (/** @type {Buffer} */ chunk) => {
    const records = (pending + chunk.toString('utf8')).split('\n');
    pending = records.pop() ?? '';
    for (const record of records) send({ type: 'output', spec, line: formatRecord(record) });
  });
  return stream;
}

/** @param {string} record one pino JSON line */
function formatRecord(record) {
  try {
    const log = JSON.parse(record);
    const indent = '    '.repeat((LOG_COLOR_MAP[log.name]?.index ?? 0) + (log.offset ?? 0));
    const input = log.input ? ` ${log.input.method} ${log.input.url?.path}` : '';
    return `${indent}[${log.name}]${input} ${log.level} ${log.msg}`;
  } catch {
    return record;
  }
}

/**
 * Starts one spec's server with the options `prism mock` passes (its CLI defaults: cors on, no
 * seed, examples used, fillProperties unset) — the body of Prism's `createPrismServerWithLogger`.
 * @param {{ document: string, host: string, port: number }} options
 * @param {Logger} logger
 * @returns {Promise<PrismServer>}
 */
async function createPrism(options, logger) {
  try {
    const operations = await getHttpOperationsFromSpec(options.document);
    // Sets json-schema-faker's process-wide options from the spec's x-json-schema-faker; the
    // parent only puts specs that agree on it (none declares it) in one host.
    await configureExtensionsUserProvided(options.document, { fillProperties: undefined });
    if (operations.length === 0) throw new Error('No operations found in the current file.');
    const server = createServer(operations, {
      cors: true,
      config: {
        validateRequest: true,
        validateResponse: true,
        checkSecurity: true,
        errors: config.errors,
        upstreamProxy: undefined,
        mock: { dynamic: config.dynamic, ignoreExamples: false, seed: null },
        isProxy: false,
      },
      components: { logger: logger.child({ name: 'HTTP SERVER' }) },
    });
    const address = await server.listen(options.port, options.host);
    // A restart after the spec file changes must keep the port the parent reported.
    options.port = Number(/:(\d+)$/.exec(address)?.[1] ?? options.port);
    for (const operation of operations) {
      const path = /** @type {{ _tag: string, right?: string }} */ (
        createExamplePath(operation, attachTagsToParamsValues)
      );
      const shown = path._tag === 'Right' && path.right !== undefined ? path.right : operation.path;
      logger.info(
        `${operation.method.toUpperCase().padEnd(10)} ${address}${transformPathParamsValues(shown, (/** @type {string} */ s) => s)}`,
      );
    }
    logger.start(`Prism is listening on ${address}`);
    return server;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.fatal(message);
    throw error;
  }
}

/**
 * Starts a spec's server and the watcher `prism mock` sets up (a changed spec file is reloaded on
 * the same port), then reports the outcome once its log lines are out.
 * @param {number} spec
 * @param {{ document: string, host: string, port: number }} options
 */
async function serve(spec, options) {
  const logger = createLogger('CLI', { ...loggerOptions }, logStream(spec));
  /** @type {HostMessage} */
  let outcome;
  try {
    await runPrismAndSetupWatcher(() => createPrism(options, logger), options);
    outcome = { type: 'ready', spec, port: options.port };
  } catch (error) {
    outcome = { type: 'failed', spec, message: error instanceof Error ? error.message : String(error) };
  }
  await new Promise((resolve) => setImmediate(resolve));
  send(outcome);
}

// Ports are chosen per spec: 0 lets the OS pick a free one, so no other process can take it first.
await Promise.all(
  config.specs.map((entry, spec) => serve(spec, { document: entry.path, host: config.host, port: entry.port })),
);
