import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Spec } from './spec.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/**
 * Validates request parameters against schemas of one spec (JSON Schema 2020-12, as OpenAPI 3.1
 * uses), compiling with Ajv at run time: query, header and path values arrive as strings and are
 * read as the schema's types (coercion), which the generated response validators do not do.
 * Response bodies are checked by the generated validators (`Contract.bodies`).
 */
export class SchemaValidator {
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #key: string;

  /** `coerce`: read strings as the schema's types (query and header values arrive as strings). */
  constructor(spec: Spec, options: { coerce?: boolean } = {}) {
    // strict off: OpenAPI adds keywords (example, x-…) that are not JSON Schema.
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: options.coerce ? 'array' : false });
    addFormats(this.#ajv);
    // `unixtime` (Unix-second timestamps): an integer is all the format promises.
    this.#ajv.addFormat('unixtime', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    this.#key = `https://orgdir.invalid/specs/${spec.vendor}.yaml`;
    this.#ajv.addSchema(spec.doc, this.#key);
  }

  /** Problems of a string value read as the schema's type at `pointer` (query/header/path values); empty when valid. */
  validateParameter(pointer: string, raw: string | string[]): string[] {
    const validate = this.#compile({
      type: 'object',
      properties: { value: { $ref: `${this.#key}#${encodePointer(pointer)}` } },
    });
    const holder = { value: raw };
    return validate(holder) ? [] : formatErrors(validate.errors, '/value');
  }

  #compile(schema: object): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.#compiled.get(key);
    if (!validate) {
      validate = this.#ajv.compile(schema);
      this.#compiled.set(key, validate);
    }
    return validate;
  }
}

function encodePointer(pointer: string): string {
  return pointer.split('/').map(encodeURIComponent).join('/');
}

function formatErrors(errors: ErrorObject[] | null | undefined, root = ''): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath.startsWith(root) ? e.instancePath.slice(root.length) : e.instancePath;
    const params = e.params && Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : '';
    return `${where ? `${where} ` : ''}${e.message ?? e.keyword}${params}`;
  });
}
