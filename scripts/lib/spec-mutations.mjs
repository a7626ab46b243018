// Spec mutations for `pnpm test:drift`: each changes one contract fact of one vendor's spec the way
// a real vendor change would (schema, examples and required lists together), so the spec stays
// valid and only the contract moves. Mutations work on the parsed YAML (the `yaml` package).

/**
 * @import { OpenAPI3, OperationObject, ParameterObject, SchemaObject } from 'openapi-typescript'
 */

/**
 * A mapping of a parsed YAML document, read without a schema: mutations reach into specs, examples
 * and `required` lists alike.
 * @typedef {Record<string, unknown>} Mapping
 */

/**
 * One spec change for the drift check.
 * @typedef {object} Mutation
 * @property {string} id       stable id, for `--only`
 * @property {string} kind     the kind of drift it stands for
 * @property {string} vendor   the API of redocly.yaml it edits, or `all`
 * @property {string} what     the change, for the report
 * @property {boolean} contract whether the gate must turn red
 * @property {(doc: OpenAPI3) => unknown} apply edits the parsed spec in place
 */

/**
 * Every mapping (plain object) in a parsed document, depth first.
 * @param {unknown} node
 * @returns {Generator<Mapping>}
 */
function* mappings(node) {
  if (Array.isArray(node)) {
    for (const item of node) yield* mappings(item);
  } else if (node !== null && typeof node === 'object') {
    yield/** @type {Mapping} */ (node);
    for (const value of Object.values(node)) yield* mappings(value);
  }
}

/**
 * The node at a JSON pointer; throws naming the pointer when it is missing.
 * @param {unknown} doc @param {string} pointer
 * @returns {unknown}
 */
function at(doc, pointer) {
  /** @type {unknown} */
  let node = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(key in node)) throw new Error(`mutation: nothing at ${pointer}`);
    node = /** @type {Mapping} */ (node)[key];
  }
  return node;
}

/**
 * Replaces key `from` by `to` in one mapping, keeping the key order.
 * @param {Mapping} mapping @param {string} from @param {string} to
 */
function renameIn(mapping, from, to) {
  const entries = Object.entries(mapping).map(([key, value]) => [key === from ? to : key, value]);
  for (const key of Object.keys(mapping)) delete mapping[key];
  Object.assign(mapping, Object.fromEntries(entries));
}

/**
 * Renames a property everywhere it appears as a key (schemas' `properties`, examples) and in
 * `required` lists. Returns how many places changed, so a mutation that no longer applies is noticed.
 * @param {unknown} doc @param {string} from @param {string} to
 */
export function renameProperty(doc, from, to) {
  let changed = 0;
  for (const mapping of mappings(doc)) {
    if (Object.hasOwn(mapping, from) && !Object.hasOwn(mapping, 'in')) {
      renameIn(mapping, from, to);
      changed++;
    }
    if (Array.isArray(mapping.required) && mapping.required.includes(from)) {
      mapping.required = mapping.required.map((name) => (name === from ? to : name));
      changed++;
    }
  }
  return requireChange(changed, `property ${from}`);
}

/**
 * Removes a property everywhere (schemas, examples, required lists).
 * @param {unknown} doc @param {string} name
 */
export function removeProperty(doc, name) {
  let changed = 0;
  for (const mapping of [...mappings(doc)]) {
    if (Object.hasOwn(mapping, name) && !Object.hasOwn(mapping, 'in')) {
      delete mapping[name];
      changed++;
    }
    if (Array.isArray(mapping.required) && mapping.required.includes(name)) {
      mapping.required = mapping.required.filter((n) => n !== name);
      changed++;
    }
  }
  return requireChange(changed, `property ${name}`);
}

/**
 * Maps every scalar value of a key `name` (the example values of that property) through `map`.
 * @param {unknown} doc @param {string} name @param {(value: unknown) => unknown} map
 */
function replaceValues(doc, name, map) {
  let changed = 0;
  for (const mapping of mappings(doc)) {
    if (Object.hasOwn(mapping, name) && typeof mapping[name] !== 'object') {
      const next = map(mapping[name]);
      if (next !== mapping[name]) {
        mapping[name] = next;
        changed++;
      }
    }
  }
  return requireChange(changed, `values of ${name}`);
}

/**
 * The parameter objects (components or inline) whose `name` is `name`.
 * @param {unknown} doc @param {string} name
 * @returns {ParameterObject[]}
 */
function parameters(doc, name) {
  const found = [...mappings(doc)].filter((m) => m.name === name && typeof m.in === 'string');
  requireChange(found.length, `parameter ${name}`);
  return /** @type {unknown[]} */ (found).map((m) => /** @type {ParameterObject} */ (m));
}

/**
 * Renames a path, keeping its position among the paths.
 * @param {{ paths?: Record<string, unknown> }} doc @param {string} from @param {string} to
 */
export function movePath(doc, from, to) {
  if (!doc.paths || !Object.hasOwn(doc.paths, from)) throw new Error(`mutation: no path ${from}`);
  renameIn(doc.paths, from, to);
  return 1;
}

/**
 * Returns `changed`, or throws when nothing changed: the mutation no longer fits the spec.
 * @param {number} changed @param {string} what
 */
function requireChange(changed, what) {
  if (changed === 0) throw new Error(`mutation: ${what} not found; update the mutation to the spec`);
  return changed;
}

/**
 * The mutations. `contract: true` ones must turn the gate red; the others must keep it green.
 * Each names the vendor spec it edits.
 * @type {Mutation[]}
 */
export const MUTATIONS = [
  {
    id: 'rename-field',
    kind: 'renamed field',
    vendor: 'flashback',
    what: 'User.orgRole → role',
    contract: true,
    apply: (doc) => renameProperty(doc, 'orgRole', 'role'),
  },
  {
    id: 'remove-field',
    kind: 'removed field',
    vendor: 'telnyx',
    what: 'PaginationMeta.total_pages removed',
    contract: true,
    apply: (doc) => removeProperty(doc, 'total_pages'),
  },
  {
    id: 'rename-parameter',
    kind: 'renamed parameter',
    vendor: 'telnyx',
    what: 'filter[email] → filter[email_contains]',
    contract: true,
    apply: (doc) => {
      for (const p of parameters(doc, 'filter[email]')) p.name = 'filter[email_contains]';
    },
  },
  {
    id: 'remove-parameter',
    kind: 'removed parameter',
    vendor: 'openai',
    what: 'listUsers: emails removed',
    contract: true,
    apply: (doc) => {
      const op = /** @type {OperationObject} */ (at(doc, '/paths/~1organization~1users/get'));
      const before = op.parameters ?? [];
      op.parameters = before.filter((p) => !('name' in p) || p.name !== 'emails');
      requireChange(before.length - op.parameters.length, 'parameter emails');
    },
  },
  {
    id: 'change-type',
    kind: 'changed type',
    vendor: 'openai',
    what: 'added_at: integer (Unix s) → string (date-time)',
    contract: true,
    apply: (doc) => {
      for (const name of ['OrganizationUser', 'User']) {
        const property = /** @type {Mapping} */ (at(doc, `/components/schemas/${name}/properties/added_at`));
        property.type = 'string';
        property.format = 'date-time';
        property.example = '2024-03-26T16:45:33Z';
      }
      replaceValues(doc, 'added_at', (v) =>
        typeof v === 'number' ? new Date(v * 1000).toISOString().replace('.000', '') : v,
      );
    },
  },
  {
    id: 'change-enum',
    kind: 'changed enum',
    vendor: 'telnyx',
    what: 'UserStatus: blocked → suspended',
    contract: true,
    apply: (doc) => {
      const status = /** @type {SchemaObject} */ (at(doc, '/components/schemas/UserStatus'));
      status.enum = (status.enum ?? []).map((v) => (v === 'blocked' ? 'suspended' : v));
    },
  },
  {
    id: 'change-required-field',
    kind: 'changed required-ness',
    vendor: 'openai',
    what: 'GroupUserListResponse.has_more no longer required',
    contract: true,
    apply: (doc) => {
      const schema = /** @type {SchemaObject} */ (at(doc, '/components/schemas/GroupUserListResponse'));
      schema.required = (schema.required ?? []).filter((n) => n !== 'has_more');
    },
  },
  {
    id: 'change-required-parameter',
    kind: 'changed required-ness',
    vendor: 'telnyx',
    what: 'include_groups becomes a required parameter',
    contract: true,
    apply: (doc) => {
      for (const p of parameters(doc, 'include_groups')) p.required = true;
    },
  },
  {
    id: 'move-path',
    kind: 'moved path',
    vendor: 'openai',
    what: '/organization/users → /organization/members',
    contract: true,
    apply: (doc) => movePath(doc, '/organization/users', '/organization/members'),
  },
  {
    id: 'remove-status',
    kind: 'removed status code',
    vendor: 'telnyx',
    what: 'listOrganizationUsers: 403 removed',
    contract: true,
    apply: (doc) => {
      const responses = /** @type {Mapping} */ (at(doc, '/paths/~1organizations~1users/get/responses'));
      requireChange(Object.hasOwn(responses, '403') ? 1 : 0, 'status 403');
      delete responses['403'];
    },
  },
  {
    id: 'remove-media-type',
    kind: 'removed media type',
    vendor: 'telnyx',
    what: 'users_groups_report: text/csv removed',
    contract: true,
    apply: (doc) => {
      const operation = /** @type {OperationObject} */ (
        at(doc, '/paths/~1organizations~1users~1users_groups_report/get')
      );
      const content = /** @type {Record<string, { schema?: { $ref?: string } }>} */ (
        at(operation, '/responses/200/content')
      );
      const csv = content['text/csv'];
      requireChange(csv ? 1 : 0, 'media type text/csv');
      const ref = csv?.schema?.$ref;
      delete content['text/csv'];
      // As the vendor would: the Accept parameter stops offering it, and its schema goes.
      for (const parameter of operation.parameters ?? []) {
        if (!('in' in parameter) || parameter.in !== 'header' || parameter.name.toLowerCase() !== 'accept') continue;
        const schema = parameter.schema;
        if (Array.isArray(schema?.enum)) {
          schema.enum = schema.enum.filter((type) => type !== 'text/csv');
          if (schema.default === 'text/csv') delete schema.default;
        }
      }
      const schemas = doc.components?.schemas;
      const refName = ref?.split('/').at(-1);
      if (schemas && refName && !JSON.stringify(doc).includes(`"${ref}"`)) delete schemas[refName];
    },
  },
  {
    id: 'change-security',
    kind: 'changed security scheme',
    vendor: 'openai',
    what: 'bearer → API key in header X-Admin-Key',
    contract: true,
    apply: (doc) => {
      const schemes = /** @type {Record<string, Mapping>} */ (at(doc, '/components/securitySchemes'));
      for (const [name, scheme] of Object.entries(schemes)) {
        schemes[name] = { type: 'apiKey', in: 'header', name: 'X-Admin-Key', description: scheme.description };
      }
    },
  },
  {
    id: 'change-server',
    kind: 'changed server URL',
    vendor: 'flashback',
    what: 'servers[0].url → https://api.flashback.tech',
    contract: true,
    apply: (doc) => {
      const server = /** @type {Mapping} */ (at(doc, '/servers/0'));
      server.url = 'https://api.flashback.tech';
    },
  },
  {
    id: 'description-only',
    kind: 'description-only edit',
    vendor: 'all',
    what: 'every description reworded',
    contract: false,
    apply: (doc) => {
      let changed = 0;
      for (const mapping of mappings(doc)) {
        if (typeof mapping.description === 'string') {
          mapping.description = `${mapping.description} (Reworded.)`;
          changed++;
        }
      }
      return requireChange(changed, 'descriptions');
    },
  },
];

/**
 * Spec edits made without regenerating: `check:generated` must fail for each.
 * @type {Array<{ id: string, of: string, what: string }>}
 */
export const STALE_CHECKS = [
  { id: 'stale-contract', of: 'rename-field', what: 'renamed field, not regenerated' },
  { id: 'stale-description', of: 'description-only', what: 'description edit, not regenerated' },
];
