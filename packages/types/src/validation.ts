/**
 * The shape of the validator modules generated from the specs (`@orgdir/types/validators/<vendor>`):
 * Ajv standalone functions compiled by `pnpm generate`, so nothing is compiled at run time.
 */

/** One problem an Ajv validator found (Ajv's `ErrorObject`, as the standalone code builds it). */
export interface ValidationError {
  /** JSON pointer of the offending value, with array indexes as numbers (`/data/0/email`). */
  instancePath: string;
  schemaPath: string;
  /** The JSON Schema keyword that failed: `type`, `enum`, `const`, `required`, `format`, `anyOf`… */
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled body validator: true when valid, otherwise `errors` holds every problem (allErrors). */
export interface BodyValidator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}

/**
 * The documented property names at one location of a schema: `p` the documented properties (name →
 * their shape), `i` the array items, `o` true when the schema documents extra properties itself
 * (a map), `t` the documented types joined by `|` (`string|null`).
 */
export interface Shape {
  t?: string;
  p?: ReadonlyArray<readonly [string, Shape]>;
  i?: Shape;
  o?: true;
}

/** What is generated for one documented media type of one response. */
export interface MediaTypeValidator {
  /** The body validator (JSON media types with a schema). */
  validate?: BodyValidator;
  /** The documented property names of the body. */
  shape?: Shape;
  /** The documented CSV columns, in order (text/csv answers). */
  columns?: readonly string[];
}

/** The validators of one operation, keyed by documented status, then lower-case media type. */
export interface OperationValidators {
  method: string;
  /** The path template, e.g. `/organization/groups/{group_id}/users`. */
  path: string;
  responses: Readonly<Record<string, Readonly<Record<string, MediaTypeValidator>>>>;
}

/** Everything generated from one vendor's spec. */
export interface VendorValidators {
  vendor: string;
  /** The spec it was generated from, e.g. `specs/<vendor>.yaml`. */
  spec: string;
  operations: Readonly<Record<string, OperationValidators>>;
}
