import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Spec } from './spec.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/** Validates values against schemas of one spec (JSON Schema 2020-12, as OpenAPI 3.1 uses). */
export class SchemaValidator {
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();
  readonly #key: string;

  /** `coerce`: read strings as the schema's types (query and header values arrive as strings). */
  constructor(spec: Spec, options: { coerce?: boolean } = {}) {
    // strict off: OpenAPI adds keywords (example, x-…) that are not JSON Schema.
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: options.coerce ? 'array' : false });
    addFormats(this.#ajv);
    // OpenAI's Unix-second timestamps: an integer is all the format promises.
    this.#ajv.addFormat('unixtime', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    this.#key = `https://orgdir.invalid/specs/${spec.vendor}.yaml`;
    this.#ajv.addSchema(spec.doc, this.#key);
  }

  /** Problems of `value` against the schema at `pointer`, as readable lines; empty when valid. */
  validate(pointer: string, value: unknown): string[] {
    const validate = this.#compile({ $ref: `${this.#key}#${encodePointer(pointer)}` });
    return validate(value) ? [] : formatErrors(validate.errors);
  }

  /** Like {@link validate}, for a string value read as the schema's type (query/header/path values). */
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
