import type { MediaTypeValidator, OperationValidators, Shape, ValidationError, VendorValidators } from '@orgdir/types';
import type { Middleware } from 'openapi-fetch';
import Papa from 'papaparse';
import { DriftError, type DriftEvent, type DriftKind, type Vendor } from '../errors.js';
import type { OnDrift, ValidateMode } from '../validate.js';

/** One difference, before the answer's identity (vendor, operation, status, media type) and count are added. */
export interface Finding {
  kind: DriftKind;
  path: string;
  expected: string;
  actual: string;
}

/** Keeps the API key out of events. */
export interface FindingPolicy {
  /** True when the text holds (part of) the API key. */
  isSecret(text: string): boolean;
}

/** Longest enum value or header name shown in an event; longer ones are shown by their type only. */
const MAX_TOKEN = 64;
/** What an unknown enum value may look like to be shown: a vocabulary token, not free text (no `@`, no spaces). */
const TOKEN = /^[A-Za-z0-9_.:-]+$/;

/** The JSON type of a value as events name it: `integer` for whole numbers, `array`, `null`… */
function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * How an unknown enum (or const) value is shown: the value itself when it is a short vocabulary
 * token (e.g. `suspended`) or a number/boolean, `[redacted]` when it holds the key, otherwise only
 * its type, so an email, a name or free text never reaches an event.
 */
function enumActual(value: unknown, policy: FindingPolicy): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).slice(0, MAX_TOKEN);
  if (typeof value !== 'string') return jsonType(value);
  if (policy.isSecret(value)) return '[redacted]';
  return value.length <= MAX_TOKEN && TOKEN.test(value) ? value : 'string';
}

function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A property or column name as shown in a path: capped, and `[redacted]` when it holds the key. */
function nameSegment(name: string, policy: FindingPolicy): string {
  if (policy.isSecret(name)) return '[redacted]';
  return escapeSegment(name.length > MAX_TOKEN ? `${name.slice(0, MAX_TOKEN)}…` : name);
}

const propsCache = new WeakMap<Shape, Map<string, Shape>>();

/** The documented properties of a shape as a Map (built once per shape). */
function propsOf(shape: Shape): Map<string, Shape> | undefined {
  if (!shape.p) return undefined;
  let props = propsCache.get(shape);
  if (!props) {
    props = new Map(shape.p);
    propsCache.set(shape, props);
  }
  return props;
}

/** Reports every property the shape does not document, at every depth; arrays' items share one `*` path. */
function undocumented(value: unknown, shape: Shape, path: string, policy: FindingPolicy, out: Finding[]): void {
  if (Array.isArray(value)) {
    const items = shape.i;
    if (!items) return;
    const itemPath = `${path}/*`;
    for (const item of value)
      if (item !== null && typeof item === 'object') undocumented(item, items, itemPath, policy, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const props = propsOf(shape);
  if (!props) return;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const inner = props.get(key);
    const child = record[key];
    if (inner === undefined) {
      if (!shape.o)
        out.push({
          kind: 'undocumented-property',
          path: `${path}/${nameSegment(key, policy)}`,
          expected: 'none',
          actual: jsonType(child),
        });
    } else if (child !== null && typeof child === 'object') {
      undocumented(child, inner, `${path}/${escapeSegment(key)}`, policy, out);
    }
  }
}

/** Follows an Ajv instancePath through the body: the value there, its `*` path, and the shape there. */
function locate(body: unknown, shape: Shape | undefined, instancePath: string, policy: FindingPolicy) {
  let value = body;
  let at = shape;
  let path = '';
  if (instancePath !== '') {
    for (const raw of instancePath.split('/').slice(1)) {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      if (Array.isArray(value)) {
        path += '/*';
        value = value[Number(key)];
        at = at?.i;
      } else {
        path += `/${nameSegment(key, policy)}`;
        value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
        at = at && propsOf(at)?.get(key);
      }
    }
  }
  return { value, path, shape: at };
}

interface Located extends Finding {
  /** Ajv's instancePath, to group the findings of an anyOf/oneOf. */
  pointer: string;
}

function isTypeFinding(f: Finding): boolean {
  return f.kind === 'type-mismatch' || f.kind === 'null-not-allowed';
}

/** Turns one Ajv error into a finding. */
function finding(error: ValidationError, body: unknown, shape: Shape | undefined, policy: FindingPolicy): Located {
  const { value, path, shape: here } = locate(body, shape, error.instancePath, policy);
  const pointer = error.instancePath;
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      const documented = here && propsOf(here)?.get(name)?.t;
      return {
        pointer,
        kind: 'missing-required',
        path: `${path}/${nameSegment(name, policy)}`,
        expected: documented ?? 'present',
        actual: 'missing',
      };
    }
    case 'type': {
      const expected = Array.isArray(params.type) ? params.type.join('|') : String(params.type);
      return {
        pointer,
        kind: value === null ? 'null-not-allowed' : 'type-mismatch',
        path,
        expected,
        actual: jsonType(value),
      };
    }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return {
        pointer,
        kind: 'unknown-enum-value',
        path,
        expected: allowed.map(String).join('|'),
        actual: enumActual(value, policy),
      };
    }
    case 'const':
      return {
        pointer,
        kind: 'unknown-enum-value',
        path,
        expected: String(params.allowedValue),
        actual: enumActual(value, policy),
      };
    case 'format':
      return { pointer, kind: 'format-mismatch', path, expected: String(params.format), actual: jsonType(value) };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      const child = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
      return {
        pointer,
        kind: 'undocumented-property',
        path: `${path}/${nameSegment(name, policy)}`,
        expected: 'none',
        actual: jsonType(child),
      };
    }
    default: {
      // Bounds, lengths, patterns…: the constraint is what was expected, the value's type what came.
      const limit = params.limit ?? params.pattern;
      return {
        pointer,
        kind: 'type-mismatch',
        path,
        expected: `${jsonType(value)} ${error.keyword}${limit === undefined ? '' : ` ${String(limit)}`}`,
        actual: jsonType(value),
      };
    }
  }
}

/**
 * Turns Ajv's errors into findings. An anyOf/oneOf reports its branches' errors before itself: the
 * branches whose type does not fit the value are dropped (a value of the wrong type for one branch
 * is expected); when every branch is of the wrong type, one type finding lists their types.
 */
function findingsOf(
  errors: readonly ValidationError[],
  body: unknown,
  shape: Shape | undefined,
  policy: FindingPolicy,
): Finding[] {
  const out: Located[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      out.push(finding(error, body, shape, policy));
      continue;
    }
    const at = error.instancePath;
    let start = out.length;
    while (start > 0) {
      const previous = out[start - 1] as Located;
      if (previous.pointer !== at && !previous.pointer.startsWith(`${at}/`)) break;
      start--;
    }
    const branches = out.splice(start);
    const { value, path, shape: here } = locate(body, shape, at, policy);
    const actual = jsonType(value);
    // The documented types of the whole anyOf/oneOf (generated): a value of none of them is one type finding.
    const documented = here?.t?.split('|');
    const fits = documented?.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    const kept = fits === false ? [] : branches.filter((f) => !(f.pointer === at && isTypeFinding(f)));
    if (kept.length > 0) out.push(...kept);
    else {
      const types = documented ?? [...new Set(branches.filter(isTypeFinding).flatMap((f) => f.expected.split('|')))];
      out.push({
        pointer: at,
        kind: value === null ? 'null-not-allowed' : 'type-mismatch',
        path,
        expected: types.length > 0 ? types.join('|') : error.keyword,
        actual,
      });
    }
  }
  // A value of the wrong type also fails the enum or format of its schema: the type finding says it all.
  const mistyped = new Set(out.filter(isTypeFinding).map((f) => f.pointer));
  return out
    .filter((f) => !(mistyped.has(f.pointer) && (f.kind === 'unknown-enum-value' || f.kind === 'format-mismatch')))
    .map(({ kind, path, expected, actual }) => ({ kind, path, expected, actual }));
}

/** Compares the header row of a CSV answer with the documented columns. */
function csvFindings(text: string, columns: readonly string[], policy: FindingPolicy): Finding[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const header = (Papa.parse<string[]>(body, { header: false, preview: 1 }).data[0] ?? []).map((c) => c.trim());
  const out: Finding[] = [];
  const path = (name: string) => `/*/${nameSegment(name, policy)}`;
  for (const column of columns) {
    if (!header.includes(column))
      out.push({ kind: 'missing-required', path: path(column), expected: 'column', actual: 'missing' });
  }
  for (const name of header) {
    if (name !== '' && !columns.includes(name))
      out.push({ kind: 'undocumented-property', path: path(name), expected: 'none', actual: 'column' });
  }
  if (out.length === 0) {
    columns.forEach((column, i) => {
      const j = header.indexOf(column);
      if (j !== i)
        out.push({ kind: 'type-mismatch', path: path(column), expected: `column ${i + 1}`, actual: `column ${j + 1}` });
    });
  }
  return out;
}

/** The documented answer for a status: exact, then its range (`4XX`), then `default`. */
function documentedResponse(op: OperationValidators, status: number) {
  const { responses } = op;
  return responses[String(status)] ?? responses[`${Math.floor(status / 100)}XX`] ?? responses.default;
}

/** Every difference between one answer and the operation's documented responses. */
export function responseFindings(
  op: OperationValidators,
  status: number,
  mediaType: string,
  body: unknown,
  policy: FindingPolicy,
): Finding[] {
  const documented = documentedResponse(op, status);
  if (!documented) {
    return [
      { kind: 'undocumented-status', path: '', expected: Object.keys(op.responses).join('|'), actual: String(status) },
    ];
  }
  const types = Object.keys(documented);
  const media: MediaTypeValidator | undefined = documented[mediaType];
  if (!media) {
    // A documented answer without a body, answered without one, is as documented.
    if (types.length === 0 && mediaType === '' && (body === undefined || body === '')) return [];
    const actual =
      mediaType === ''
        ? 'none'
        : policy.isSecret(mediaType)
          ? '[redacted]'
          : mediaType.length > MAX_TOKEN
            ? `${mediaType.slice(0, MAX_TOKEN)}…`
            : mediaType;
    return [{ kind: 'undocumented-media-type', path: '', expected: types.join('|') || 'none', actual }];
  }
  if (media.columns) return typeof body === 'string' ? csvFindings(body, media.columns, policy) : [];
  const out: Finding[] = [];
  let data = body;
  if (typeof data === 'string' && /json/.test(mediaType)) {
    try {
      data = JSON.parse(data);
    } catch {
      return out; // not JSON at all: the caller's own checks reject it
    }
  }
  const { validate, shape } = media;
  if (validate && !validate(data)) out.push(...findingsOf(validate.errors ?? [], data, shape, policy));
  if (shape) undocumented(data, shape, '', policy, out);
  return out;
}

/** Counts identical findings: one event per kind, path, expected and actual, with how often it occurred. */
export function dedupe(findings: readonly Finding[]): Array<Finding & { count: number }> {
  const byKey = new Map<string, Finding & { count: number }>();
  for (const f of findings) {
    const key = `${f.kind}\u0000${f.path}\u0000${f.expected}\u0000${f.actual}`;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { ...f, count: 1 });
  }
  return [...byKey.values()];
}

/** What `createDriftChecker` needs. */
export interface DriftCheckerOptions {
  vendor: Vendor;
  /** Loads the vendor's generated validators; called on the first answer, so `validate: 'off'` never loads them. */
  loadValidators(): Promise<VendorValidators>;
  mode: Exclude<ValidateMode, 'off'>;
  onDrift?: OnDrift | undefined;
  policy: FindingPolicy;
}

/** Checks answers against the generated validators; its middleware tells it which operation each answer is for. */
export interface DriftChecker {
  /** Records the operation (method and path template) of every answer. */
  middleware: Middleware;
  /** Reports the drift of one answer; in strict mode throws DriftError for a 2xx that drifted. */
  inspect(response: Response, body: unknown): Promise<void>;
}

/** A drift checker for one vendor client. */
export function createDriftChecker({
  vendor,
  loadValidators,
  mode,
  onDrift,
  policy,
}: DriftCheckerOptions): DriftChecker {
  const operations = new WeakMap<Response, string>();
  let index: Promise<Map<string, [string, OperationValidators]>> | undefined;
  const load = () => {
    index ??= loadValidators().then(
      (validators) =>
        new Map(
          Object.entries(validators.operations).map(([id, op]) => [
            `${op.method} ${op.path}`,
            [id, op] as [string, OperationValidators],
          ]),
        ),
    );
    return index;
  };
  return {
    middleware: {
      onResponse({ request, schemaPath, response }) {
        operations.set(response, `${request.method.toUpperCase()} ${schemaPath}`);
      },
    },
    async inspect(response, body) {
      const key = operations.get(response);
      if (key === undefined) return;
      const found = (await load()).get(key);
      if (!found) return; // a path the spec does not model: the typed client never calls one
      const [operationId, op] = found;
      const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const findings = responseFindings(op, response.status, mediaType, body, policy);
      if (findings.length === 0) return;
      const events: DriftEvent[] = dedupe(findings).map((f) => ({
        vendor,
        operationId,
        status: response.status,
        mediaType,
        ...f,
      }));
      for (const event of events) onDrift?.(event);
      if (mode === 'strict' && response.ok) throw new DriftError(vendor, events, response.status);
    },
  };
}
