import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Vendor } from '@orgdir/client';
import { loadSpecPaths } from '@orgdir/mock';
import { parse } from 'yaml';

/** A JSON value of a parsed spec. */
type Node = Record<string, unknown>;

/** One documented example of a response body. */
export interface ExampleInfo {
  /** Key under `examples`, or undefined for a single `example`. */
  name: string | undefined;
  value: unknown;
}

/** One media type of one documented response. */
export interface MediaTypeInfo {
  mediaType: string;
  /** JSON pointer of the body schema, when there is one. */
  schemaPointer: string | undefined;
  examples: ExampleInfo[];
}

/** One documented response of an operation. */
export interface ResponseInfo {
  status: string;
  mediaTypes: MediaTypeInfo[];
}

/** One documented parameter, with `$ref`s followed. */
export interface ParameterInfo {
  name: string;
  in: 'query' | 'header' | 'path' | 'cookie';
  required: boolean;
  schemaPointer: string;
  schema: Node;
}

/** One operation of a spec. */
export interface OperationInfo {
  operationId: string;
  method: string;
  /** The path template, e.g. `/organization/groups/{group_id}/users`. */
  path: string;
  parameters: ParameterInfo[];
  responses: ResponseInfo[];
  security: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Escapes one JSON-pointer segment (RFC 6901). */
export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A vendor's OpenAPI document, parsed, with the lookups the contract tests need. */
export class Spec {
  constructor(
    readonly vendor: Vendor,
    readonly file: string,
    readonly doc: Node,
  ) {}

  /** `servers[0].url`: the base URL the client must default to. */
  get serverUrl(): string | undefined {
    const servers = this.doc.servers as Array<{ url?: string }> | undefined;
    return servers?.[0]?.url;
  }

  /** The value at a JSON pointer (`/components/schemas/User`). */
  at(pointer: string): unknown {
    let node: unknown = this.doc;
    for (const raw of pointer.split('/').slice(1)) {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
      node = node !== null && typeof node === 'object' ? (node as Node)[key] : undefined;
    }
    return node;
  }

  /** Follows local `$ref`s from `pointer`; returns the node and where it really lives. */
  deref(pointer: string): { node: Node; pointer: string } {
    let current = pointer;
    for (let hops = 0; hops < 20; hops++) {
      const node = this.at(current) as Node | undefined;
      if (node === undefined) throw new Error(`${path.basename(this.file)}: nothing at ${current}`);
      const ref = node.$ref;
      if (typeof ref !== 'string') return { node, pointer: current };
      if (!ref.startsWith('#')) throw new Error(`${path.basename(this.file)}: external $ref ${ref} is not supported`);
      current = decodeURIComponent(ref.slice(1));
    }
    throw new Error(`${path.basename(this.file)}: $ref loop at ${pointer}`);
  }

  /** Every operation, in document order. */
  operations(): OperationInfo[] {
    const paths = (this.doc.paths ?? {}) as Record<string, Node>;
    const result: OperationInfo[] = [];
    for (const [template, item] of Object.entries(paths)) {
      const itemPointer = `/paths/${escapePointer(template)}`;
      for (const method of METHODS) {
        const operation = item[method] as Node | undefined;
        if (operation === undefined) continue;
        const opPointer = `${itemPointer}/${method}`;
        result.push({
          operationId: String(operation.operationId),
          method: method.toUpperCase(),
          path: template,
          parameters: this.#parameters(itemPointer, opPointer),
          responses: this.#responses(opPointer),
          security: operation.security ?? this.doc.security,
        });
      }
    }
    return result;
  }

  /** The operation with this operationId; throws naming the spec when there is none. */
  operation(operationId: string): OperationInfo {
    const found = this.operations().find((op) => op.operationId === operationId);
    if (!found) throw new Error(`${path.basename(this.file)} documents no operation ${operationId}`);
    return found;
  }

  /** The documented response for a status, or undefined. */
  response(operationId: string, status: string): ResponseInfo | undefined {
    return this.operation(operationId).responses.find((r) => r.status === status);
  }

  /** The one example of a status and media type (the named one when `name` is given). */
  example(operationId: string, status: string, mediaType = 'application/json', name?: string): unknown {
    const media = this.response(operationId, status)?.mediaTypes.find((m) => m.mediaType === mediaType);
    const example = name === undefined ? media?.examples[0] : media?.examples.find((e) => e.name === name);
    if (example === undefined) throw new Error(`${operationId}: the spec gives no example for ${status} ${mediaType}`);
    return example.value;
  }

  #parameters(itemPointer: string, opPointer: string): ParameterInfo[] {
    const byKey = new Map<string, ParameterInfo>();
    for (const base of [itemPointer, opPointer]) {
      const list = (this.at(`${base}/parameters`) ?? []) as unknown[];
      list.forEach((_, index) => {
        const { node, pointer } = this.deref(`${base}/parameters/${index}`);
        const schemaPointer = this.deref(`${pointer}/schema`).pointer;
        const info: ParameterInfo = {
          name: String(node.name),
          in: node.in as ParameterInfo['in'],
          required: node.required === true,
          schemaPointer,
          schema: this.deref(schemaPointer).node,
        };
        byKey.set(`${info.in}:${info.in === 'header' ? info.name.toLowerCase() : info.name}`, info);
      });
    }
    return [...byKey.values()];
  }

  #responses(opPointer: string): ResponseInfo[] {
    const responses = (this.at(`${opPointer}/responses`) ?? {}) as Node;
    return Object.keys(responses).map((status) => {
      const { node, pointer } = this.deref(`${opPointer}/responses/${escapePointer(status)}`);
      const content = (node.content ?? {}) as Record<string, Node>;
      const mediaTypes = Object.entries(content).map(([mediaType, media]): MediaTypeInfo => {
        const mediaPointer = `${pointer}/content/${escapePointer(mediaType)}`;
        const examples: ExampleInfo[] = [];
        if ('example' in media) examples.push({ name: undefined, value: media.example });
        for (const name of Object.keys((media.examples ?? {}) as Node)) {
          const { node: example } = this.deref(`${mediaPointer}/examples/${escapePointer(name)}`);
          examples.push({ name, value: example.value });
        }
        if (examples.length === 0 && media.schema !== undefined) {
          const schema = this.deref(`${mediaPointer}/schema`).node;
          if ('example' in schema) examples.push({ name: undefined, value: schema.example });
        }
        return {
          mediaType,
          schemaPointer: media.schema === undefined ? undefined : `${mediaPointer}/schema`,
          examples,
        };
      });
      return { status, mediaTypes };
    });
  }
}

const cache = new Map<Vendor, Promise<Spec>>();

/** Loads a vendor's spec, the file `redocly.yaml` declares for it. */
export function loadSpec(vendor: Vendor): Promise<Spec> {
  let pending = cache.get(vendor);
  if (!pending) {
    pending = (async () => {
      const file = (await loadSpecPaths())[vendor];
      return new Spec(vendor, file, parse(await readFile(file, 'utf8')) as Node);
    })();
    cache.set(vendor, pending);
  }
  return pending;
}
