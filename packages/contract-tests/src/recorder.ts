import { SchemaValidator } from './schema.js';
import type { OperationInfo, Spec } from './spec.js';

/** One request the client sent and the answer it got. */
export interface Exchange {
  /** The operation the request matched, or undefined when it matched none. */
  operationId: string | undefined;
  method: string;
  url: URL;
  requestHeaders: Headers;
  status: number;
  responseHeaders: Headers;
  /** The body as the mock sent it, before any {@link RecorderOptions.reshape}. */
  body: string;
  /** What is wrong with the request, by our checks and by Prism's. */
  violations: string[];
}

/** Options of a {@link Recorder}. */
export interface RecorderOptions {
  /** `Prefer` header sent with every request, e.g. `code=403` or `code=200, example=owner`. */
  prefer?: string;
  /**
   * Rewrites a 2xx JSON body before the client sees it. Used only to make Prism's fixed example
   * look like successive pages (page numbers, cursors); the original body is what gets validated.
   */
  reshape?: (body: unknown, exchange: Exchange, index: number) => unknown;
  /** Where requests really go; default the global `fetch` (the mock). */
  upstream?: typeof fetch;
}

/** One parameter validator per spec, shared by its recorders: compiling the schemas is the costly part. */
const parameterValidators = new WeakMap<Spec, SchemaValidator>();

function parameterValidator(spec: Spec): SchemaValidator {
  let validator = parameterValidators.get(spec);
  if (!validator) {
    validator = new SchemaValidator(spec, { coerce: true });
    parameterValidators.set(spec, validator);
  }
  return validator;
}

interface Matched {
  operation: OperationInfo;
  pathParams: Record<string, string>;
}

/**
 * A `fetch` for the client under test: it checks each request against the spec (operation,
 * parameters; Prism adds security and headers), forwards it to the Prism mock with a `Prefer`
 * header, records the answer and reports the problems either side found.
 */
export class Recorder {
  readonly exchanges: Exchange[] = [];
  readonly #spec: Spec;
  readonly #options: RecorderOptions;
  readonly #params: SchemaValidator;
  readonly #operations: OperationInfo[];

  constructor(spec: Spec, options: RecorderOptions = {}) {
    this.#spec = spec;
    this.#options = options;
    this.#params = parameterValidator(spec);
    // Concrete paths win over templated ones, as OpenAPI requires.
    this.#operations = spec.operations().sort((a, b) => templated(a.path) - templated(b.path));
  }

  /** Pass as the client's `fetch` option. */
  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    if (this.#options.prefer !== undefined) headers.set('Prefer', this.#options.prefer);
    const url = new URL(request.url);
    const matched = this.#match(request.method, url.pathname);
    const violations = matched
      ? this.#checkRequest(matched, url, headers)
      : [`no operation of ${this.#spec.vendor}'s spec is ${request.method} ${url.pathname}`];

    const response = await (this.#options.upstream ?? fetch)(new Request(request, { headers }));
    const body = await response.text();
    violations.push(...prismViolations(response.headers, body));
    const exchange: Exchange = {
      operationId: matched?.operation.operationId,
      method: request.method,
      url,
      requestHeaders: headers,
      status: response.status,
      responseHeaders: response.headers,
      body,
      violations,
    };
    const index = this.exchanges.push(exchange) - 1;

    let delivered = body;
    const reshape = this.#options.reshape;
    if (reshape && response.ok && /json/i.test(response.headers.get('content-type') ?? '')) {
      delivered = JSON.stringify(reshape(JSON.parse(body), exchange, index));
    }
    const out = new Headers(response.headers);
    out.delete('content-length');
    return new Response(delivered, { status: response.status, statusText: response.statusText, headers: out });
  };

  /** Every problem of every request so far, each prefixed with its operation and URL. */
  violations(): string[] {
    return this.exchanges.flatMap((e) =>
      e.violations.map(
        (v) => `${e.operationId ?? '(no operation)'} ${e.method} ${e.url.pathname}${e.url.search}: ${v}`,
      ),
    );
  }

  #match(method: string, pathname: string): Matched | undefined {
    for (const operation of this.#operations) {
      if (operation.method !== method.toUpperCase()) continue;
      const names: string[] = [];
      const pattern = operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const found = new RegExp(`^${pattern}$`).exec(pathname);
      if (!found) continue;
      const pathParams = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
      return { operation, pathParams };
    }
    return undefined;
  }

  #checkRequest({ operation, pathParams }: Matched, url: URL, headers: Headers): string[] {
    const problems: string[] = [];
    const query = new Map<string, string[]>();
    for (const [name, value] of url.searchParams) query.set(name, [...(query.get(name) ?? []), value]);
    for (const name of query.keys()) {
      if (!operation.parameters.some((p) => p.in === 'query' && p.name === name)) {
        problems.push(`query parameter "${name}" is not documented`);
      }
    }
    for (const parameter of operation.parameters) {
      let raw: string | string[] | undefined;
      if (parameter.in === 'query') {
        const values = query.get(parameter.name);
        raw = values === undefined ? undefined : values.length === 1 ? values[0] : values;
      } else if (parameter.in === 'path') raw = pathParams[parameter.name];
      else if (parameter.in === 'header') raw = headers.get(parameter.name) ?? undefined;
      else continue;
      if (raw === undefined) {
        if (parameter.required) problems.push(`required ${parameter.in} parameter "${parameter.name}" is missing`);
        continue;
      }
      for (const problem of this.#params.validateParameter(parameter.schemaPointer, raw)) {
        problems.push(`${parameter.in} parameter "${parameter.name}"=${JSON.stringify(raw)}: ${problem}`);
      }
    }
    return problems;
  }
}

function templated(path: string): number {
  return path.includes('{') ? 1 : 0;
}

/** Prism's verdict on an exchange: its `sl-violations` header and its own problem+json errors. */
export function prismViolations(headers: Headers, body: string): string[] {
  const problems: string[] = [];
  const header = headers.get('sl-violations');
  if (header) {
    try {
      for (const v of JSON.parse(header) as Array<{ location?: string[]; severity?: string; message?: string }>) {
        if (v.severity === 'Error')
          problems.push(`Prism: ${(v.location ?? []).join('.')}: ${v.message ?? 'violation'}`);
      }
    } catch {
      problems.push(`Prism: ${header}`);
    }
  }
  if (/application\/problem\+json/i.test(headers.get('content-type') ?? '')) {
    try {
      const problem = JSON.parse(body) as {
        type?: string;
        title?: string;
        detail?: string;
        validation?: Array<{ location?: string[]; message?: string }>;
      };
      if (problem.type?.includes('stoplight.io/prism/errors')) {
        const details = (problem.validation ?? []).map((v) => `${(v.location ?? []).join('.')}: ${v.message}`);
        problems.push(
          `Prism: ${problem.title}${problem.detail ? ` (${problem.detail})` : ''}${details.length ? `: ${details.join('; ')}` : ''}`,
        );
      }
    } catch {
      // Not JSON: not one of Prism's own errors.
    }
  }
  return problems;
}
