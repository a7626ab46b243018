import { type APIError, type ClientOptions, type Vendor, vendorDefinition } from '@orgdir/client';
import type { ValidationError, VendorValidators } from '@orgdir/types';
import { expect, inject } from 'vitest';
import './provided.js';
import { type Exchange, Recorder, type RecorderOptions } from './recorder.js';
import { loadSpec, type OperationInfo, type Spec } from './spec.js';

/** What every contract test of one vendor needs: its spec, the generated body validators and the mock's URL. */
export interface Contract {
  spec: Spec;
  /** The response validators generated from the spec (`pnpm generate`), one source of truth with the client. */
  bodies: VendorValidators;
  baseUrl: string;
  /** A fresh recorder for one test: pass `recorder.fetch` to the client. */
  recorder(options?: RecorderOptions): Recorder;
  /** Options of the client under test: the mock's URL, `recorder.fetch`, a test key and no retries. */
  clientOptions(recorder: Recorder): ClientOptions;
}

/** Loads a vendor's spec and finds its mock (started by the global setup). */
export async function contract(vendor: Vendor): Promise<Contract> {
  const spec = await loadSpec(vendor);
  // The validators generated from the spec: the same code the client's `validate` option runs.
  const bodies = await vendorDefinition(vendor).loadValidators();
  const baseUrl = inject('baseUrls')[vendor];
  return {
    spec,
    bodies,
    baseUrl,
    recorder: (options) => new Recorder(spec, options),
    clientOptions: (recorder) => ({ apiKey: 'test-key', baseUrl, fetch: recorder.fetch, maxRetries: 0 }),
  };
}

/** The value or the error of a promise, so a test can check the request before the outcome. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Awaits `promise` without throwing. */
export async function settle<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Fails, naming the operation, when a request the client sent breaks the spec (our checks or Prism's). */
export function expectValidRequests(operationId: string, recorder: Recorder, outcome?: Outcome<unknown>): void {
  const made = recorder.exchanges.filter((e) => e.operationId === operationId || e.operationId === undefined);
  expect(recorder.exchanges.length, `${operationId}: the client sent no request`).toBeGreaterThan(0);
  const problems = recorder.violations();
  const then = outcome && !outcome.ok ? `\n(the client then failed with ${describeError(outcome.error)})` : '';
  expect(problems, `${operationId}: the request the client sent does not match the spec${then}`).toEqual([]);
  expect(
    made.map((e) => e.operationId),
    `${operationId}: the client called another operation`,
  ).toEqual(made.map(() => operationId));
}

/** The value of a successful outcome; otherwise fails with the error, naming the operation. */
export function expectValue<T>(operationId: string, outcome: Outcome<T>): T {
  if (!outcome.ok) expect.fail(`${operationId}: expected a result, the client threw ${describeError(outcome.error)}`);
  return outcome.value;
}

/** Every documented `status media-type` pair of an operation, sorted. */
export function documentedResponses(operation: OperationInfo): string[] {
  return operation.responses
    .flatMap((r) =>
      r.mediaTypes.length === 0 ? [`${r.status} (no body)`] : r.mediaTypes.map((m) => `${r.status} ${m.mediaType}`),
    )
    .sort();
}

/** Every documented parameter of an operation as `in:name`, sorted. */
export function documentedParameters(operation: OperationInfo): string[] {
  return operation.parameters.map((p) => `${p.in}:${p.name}`).sort();
}

/** Every parameter the recorded requests carried, as `in:name` (documented header/path ones only), sorted. */
export function sentParameters(operation: OperationInfo, exchanges: Exchange[]): string[] {
  const sent = new Set<string>();
  for (const exchange of exchanges) {
    for (const name of exchange.url.searchParams.keys()) sent.add(`query:${name}`);
    for (const p of operation.parameters) {
      if (p.in === 'header' && exchange.requestHeaders.has(p.name)) sent.add(`header:${p.name}`);
      if (p.in === 'path') sent.add(`path:${p.name}`);
    }
  }
  return [...sent].sort();
}

/** Fails unless the recorded body is valid against the schema the spec documents for its status and media type. */
export function expectBodyMatchesSchema(c: Contract, exchange: Exchange): void {
  const operationId = exchange.operationId ?? '(no operation)';
  const status = String(exchange.status);
  const response = c.spec.response(operationId, status);
  expect(response, `${operationId}: the mock answered ${status}, which the spec does not document`).toBeDefined();
  const type = (exchange.responseHeaders.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const media = response?.mediaTypes.find((m) => m.mediaType.toLowerCase() === type);
  expect(media, `${operationId}: ${status} ${type} is not a documented media type`).toBeDefined();
  if (media?.schemaPointer === undefined || !/json/.test(media.mediaType)) return;
  const problems = validateBody(c, operationId, status, media.mediaType, JSON.parse(exchange.body));
  expect(problems, `${operationId}: the ${status} body does not match its schema (${media.schemaPointer})`).toEqual([]);
}

/**
 * Problems of a body against the generated validator of an operation's status and media type, as
 * readable lines; empty when valid. Fails when the generator produced no validator for it.
 */
export function validateBody(
  c: Contract,
  operationId: string,
  status: string,
  mediaType: string,
  body: unknown,
): string[] {
  const validate = c.bodies.operations[operationId]?.responses[status]?.[mediaType.toLowerCase()]?.validate;
  if (!validate)
    expect.fail(`${operationId}: no generated validator for ${status} ${mediaType}; run \`pnpm generate\``);
  return validate(body) ? [] : formatErrors(validate.errors);
}

function formatErrors(errors: readonly ValidationError[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const params = Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : '';
    return `${e.instancePath ? `${e.instancePath} ` : ''}${e.message ?? e.keyword}${params}`;
  });
}

/**
 * Differences between what the client returned and the spec's example, field by field: every
 * field of the example must be in `actual` with an equal value (extra fields in `actual` are fine).
 */
export function exampleMismatches(actual: unknown, example: unknown, at = ''): string[] {
  if (Array.isArray(example)) {
    if (!Array.isArray(actual)) return [`${at || '(root)'}: expected an array, got ${JSON.stringify(actual)}`];
    const lengths =
      actual.length === example.length
        ? []
        : [`${at || '(root)'}: expected ${example.length} items, got ${actual.length}`];
    return [...lengths, ...example.flatMap((item, i) => exampleMismatches(actual[i], item, `${at}[${i}]`))];
  }
  if (example !== null && typeof example === 'object') {
    if (actual === null || typeof actual !== 'object')
      return [`${at || '(root)'}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(example).flatMap(([key, value]) => {
      const path = `${at}.${key}`;
      if (!Object.hasOwn(actual, key)) return [`${path}: missing (the example has ${JSON.stringify(value)})`];
      return exampleMismatches((actual as Record<string, unknown>)[key], value, path);
    });
  }
  return Object.is(actual, example)
    ? []
    : [`${at || '(root)'}: expected ${JSON.stringify(example)}, got ${JSON.stringify(actual)}`];
}

/** Fails, naming the operation and every differing field, unless `actual` matches the example. */
export function expectMatchesExample(operationId: string, actual: unknown, example: unknown, what = 'result'): void {
  expect(
    exampleMismatches(actual, example),
    `${operationId}: the client's ${what} differs from the spec's example`,
  ).toEqual([]);
}

/** One documented success example to ask Prism for. */
export interface ExampleCase {
  /** `Prefer` header that makes Prism send exactly this example. */
  prefer: string;
  example: unknown;
}

/**
 * `[title, case]` rows, one per documented example of the `200 application/json` answer, titled
 * `<label>: 200 application/json (<example name, when there are several>) → <expectation>`, like
 * `list: 200 application/json (organization) → the example users, field by field`.
 */
export function exampleCases(
  c: Contract,
  operationId: string,
  label: string,
  expectation: string,
): Array<[string, ExampleCase]> {
  const status = '200';
  const mediaType = 'application/json';
  const examples =
    c.spec.response(operationId, status)?.mediaTypes.find((m) => m.mediaType === mediaType)?.examples ?? [];
  if (examples.length === 0) throw new Error(`${operationId}: the spec gives no example for ${status} ${mediaType}`);
  return examples.map(({ name, value }) => [
    `${label}: ${status} ${mediaType}${name && examples.length > 1 ? ` (${name})` : ''} → ${expectation}`,
    { prefer: `code=${status}${name && examples.length > 1 ? `, example=${name}` : ''}`, example: value },
  ]);
}

/** A typed error class of the client, e.g. `PermissionDeniedError`. */
export type ErrorClass = abstract new (...args: never[]) => APIError;

/** One documented error answer to provoke: its status, the error it must become, one of its examples. */
export interface ErrorCase {
  status: string;
  errorClass: ErrorClass;
  /** `Prefer` header that makes Prism send exactly this answer. */
  prefer: string;
  /** The documented body, when the spec gives an example. */
  example: unknown;
}

/**
 * `[title, case]` rows, one per documented error status of the operation (and per named example),
 * titled like `list: 403 → PermissionDeniedError`. A documented status missing from `errors` fails.
 */
export function errorCases(
  c: Contract,
  operationId: string,
  label: string,
  errors: Record<string, ErrorClass>,
): Array<[string, ErrorCase]> {
  return c.spec
    .operation(operationId)
    .responses.filter((r) => !r.status.startsWith('2'))
    .flatMap((r) => {
      const errorClass = errors[r.status];
      if (errorClass === undefined)
        throw new Error(
          `${operationId}: the spec documents ${r.status}, which the contract tests do not map to an error`,
        );
      const examples = r.mediaTypes[0]?.examples ?? [];
      const variants = examples.length > 0 ? examples : [{ name: undefined, value: undefined }];
      return variants.map((example): [string, ErrorCase] => [
        `${label}: ${r.status} → ${errorClass.name}${variants.length > 1 ? ` (${example.name})` : ''}`,
        {
          status: r.status,
          errorClass,
          prefer: `code=${r.status}${example.name && variants.length > 1 ? `, example=${example.name}` : ''}`,
          example: example.value,
        },
      ]);
    });
}

/**
 * Fails unless the client turned the documented error answer into the documented typed error,
 * with its status, vendor and the body as documented (schema, and example field by field).
 */
export function expectTypedError(
  c: Contract,
  operationId: string,
  recorder: Recorder,
  outcome: Outcome<unknown>,
  errorCase: ErrorCase,
): APIError {
  expectValidRequests(operationId, recorder, outcome);
  const { status, errorClass, example } = errorCase;
  if (outcome.ok)
    expect.fail(`${operationId}: a ${status} answer must reject with ${errorClass.name}, the client returned a result`);
  const error = outcome.error;
  expect(error, `${operationId}: ${status} → ${errorClass.name}, got ${describeError(error)}`).toBeInstanceOf(
    errorClass,
  );
  const apiError = error as APIError;
  expect({ status: apiError.status, vendor: apiError.vendor }, `${operationId}: error status and vendor`).toEqual({
    status: Number(status),
    vendor: c.spec.vendor,
  });
  const exchange = recorder.exchanges.at(-1);
  if (exchange) expectBodyMatchesSchema(c, exchange);
  if (example !== undefined) expectMatchesExample(operationId, apiError.body, example, `${status} error body`);
  return apiError;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
