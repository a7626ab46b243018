// Classifies the differences between two dereferenced OpenAPI 3.x documents as breaking or not for a
// client that calls the API: the base is what consumers were built against, the head is the change.
// Schemas may be cyclic (Redocly's dereferenced YAML shares objects for recursive schemas), so every
// walk keeps track of the pairs it has already visited.

/**
 * One classified difference.
 * @typedef {object} Change
 * @property {string} rule      Stable id of the rule that matched, e.g. `parameter-removed`.
 * @property {boolean} breaking Whether a client built against the base can break.
 * @property {string} where     `GET /path`, or `(document)` for changes outside operations.
 * @property {string} message   One-line Markdown description of the change.
 */

/** @typedef {'request' | 'response'} Direction */

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const DOCUMENT = '(document)';

/**
 * Compares two dereferenced OpenAPI documents and lists every change, breaking or not.
 * @param {any} base the document consumers were built against (`undefined` when the spec is new)
 * @param {any} head the changed document (`undefined` when the spec was deleted)
 * @returns {Change[]}
 */
export function classify(base, head) {
  /** @type {Change[]} */
  const changes = [];
  if (!base && !head) return changes;
  if (!base) {
    changes.push(change('api-added', false, DOCUMENT, 'API added'));
    return changes;
  }
  if (!head) {
    changes.push(change('api-removed', true, DOCUMENT, 'API removed'));
    return changes;
  }

  compareInfo(base.info ?? {}, head.info ?? {}, changes);
  compareServers(base.servers, head.servers, DOCUMENT, changes);
  compareSecurity(base.security, head.security, DOCUMENT, changes);
  compareSecuritySchemes(base.components?.securitySchemes ?? {}, head.components?.securitySchemes ?? {}, changes);
  compareOperations(base, head, changes);

  if (changes.length === 0 && !deepEqual(base, head)) {
    // Something changed that no rule looks at (e.g. an example, a tag, an unused component).
    changes.push(
      change(
        'other-change',
        false,
        DOCUMENT,
        'Changes outside the classified rules (examples, tags, unused components…)',
      ),
    );
  }
  return changes;
}

/**
 * @param {string} rule
 * @param {boolean} breaking
 * @param {string} where
 * @param {string} message
 * @returns {Change}
 */
function change(rule, breaking, where, message) {
  return { rule, breaking, where, message };
}

/** @param {any} base @param {any} head @param {Change[]} changes */
function compareInfo(base, head, changes) {
  for (const key of ['title', 'version', 'summary', 'description']) {
    if (!deepEqual(base[key], head[key])) {
      changes.push(change('info-changed', false, DOCUMENT, `\`info.${key}\` changed`));
    }
  }
}

/**
 * Servers: removing a URL or changing the first one (the default base URL of generated clients) breaks.
 * @param {any[] | undefined} base @param {any[] | undefined} head @param {string} where @param {Change[]} changes
 */
function compareServers(base, head, where, changes) {
  const baseUrls = (base ?? []).map((s) => s.url);
  const headUrls = (head ?? []).map((s) => s.url);
  if (baseUrls[0] !== headUrls[0]) {
    changes.push(
      change(
        'server-changed',
        true,
        where,
        `default server changed from ${code(baseUrls[0] ?? 'none')} to ${code(headUrls[0] ?? 'none')}`,
      ),
    );
  }
  for (const url of baseUrls.slice(1)) {
    if (!headUrls.includes(url)) changes.push(change('server-removed', true, where, `server ${code(url)} removed`));
  }
  for (const url of headUrls.slice(1)) {
    if (!baseUrls.includes(url)) changes.push(change('server-added', false, where, `server ${code(url)} added`));
  }
  for (const [index, server] of (base ?? []).entries()) {
    const other = (head ?? []).find((s) => s.url === server.url);
    if (other && !deepEqual(server.variables, other.variables)) {
      changes.push(
        change('server-changed', true, where, `variables of server ${code(server.url)} changed (index ${index})`),
      );
    }
  }
}

/**
 * Security requirements: any change of the schemes or scopes a request must satisfy breaks.
 * @param {any[] | undefined} base @param {any[] | undefined} head @param {string} where @param {Change[]} changes
 */
function compareSecurity(base, head, where, changes) {
  const normalize = (/** @type {any[] | undefined} */ reqs) =>
    reqs === undefined
      ? 'none'
      : JSON.stringify(
          reqs
            .map((req) =>
              Object.keys(req)
                .sort()
                .map((name) => `${name}:${[...(req[name] ?? [])].sort().join(' ')}`)
                .join('&'),
            )
            .sort(),
        );
  const before = normalize(base);
  const after = normalize(head);
  if (before !== after) {
    changes.push(
      change(
        'security-changed',
        true,
        where,
        `security requirements changed from ${code(describeSecurity(base))} to ${code(describeSecurity(head))}`,
      ),
    );
  }
}

/** @param {any[] | undefined} reqs */
function describeSecurity(reqs) {
  if (reqs === undefined) return 'none';
  if (reqs.length === 0) return '[] (public)';
  return reqs.map((req) => Object.keys(req).join(' + ') || '{} (optional)').join(' | ');
}

/** @param {Record<string, any>} base @param {Record<string, any>} head @param {Change[]} changes */
function compareSecuritySchemes(base, head, changes) {
  for (const [name, scheme] of Object.entries(base)) {
    const other = head[name];
    if (!other) {
      changes.push(change('security-scheme-removed', true, DOCUMENT, `security scheme ${code(name)} removed`));
      continue;
    }
    const { description: _a, ...before } = scheme;
    const { description: _b, ...after } = other;
    if (!deepEqual(before, after)) {
      changes.push(change('security-changed', true, DOCUMENT, `security scheme ${code(name)} changed`));
    } else if (scheme.description !== other.description) {
      changes.push(
        change('description-changed', false, DOCUMENT, `description of security scheme ${code(name)} changed`),
      );
    }
  }
  for (const name of Object.keys(head)) {
    if (!(name in base))
      changes.push(change('security-scheme-added', false, DOCUMENT, `security scheme ${code(name)} added`));
  }
}

/**
 * Operations are matched by method and path template with parameter names erased, so that renaming
 * `{id}` to `{userId}` shows up as a renamed parameter rather than a removed path.
 * @param {any} base @param {any} head @param {Change[]} changes
 */
function compareOperations(base, head, changes) {
  const before = listOperations(base);
  const after = listOperations(head);
  const basePaths = new Set([...before.values()].map((op) => op.path));
  const headPaths = new Set([...after.values()].map((op) => op.path));
  const headById = new Map(
    [...after.values()].filter((op) => op.operation.operationId).map((op) => [op.operation.operationId, op]),
  );

  for (const [key, op] of before) {
    const other = after.get(key);
    if (other) {
      compareOperation(op, other, base, head, changes);
      continue;
    }
    const moved = op.operation.operationId ? headById.get(op.operation.operationId) : undefined;
    if (moved && !before.has(moved.key)) {
      changes.push(
        change(
          'operation-renamed',
          true,
          op.label,
          `moved to ${code(moved.label)} (operationId ${code(op.operation.operationId)})`,
        ),
      );
    } else if (!headPaths.has(op.path) && !matchesTemplate(op.path, headPaths)) {
      changes.push(change('path-removed', true, op.label, `path ${code(op.path)} removed`));
    } else {
      changes.push(change('operation-removed', true, op.label, 'operation removed'));
    }
  }
  const movedTo = new Set(
    [...before.values()]
      .filter((op) => !after.has(op.key) && op.operation.operationId)
      .map((op) => headById.get(op.operation.operationId)?.key),
  );
  for (const [key, op] of after) {
    if (before.has(key) || movedTo.has(key)) continue;
    const isNewPath = !basePaths.has(op.path) && !matchesTemplate(op.path, basePaths);
    changes.push(
      change(
        isNewPath ? 'path-added' : 'operation-added',
        false,
        op.label,
        isNewPath ? `path ${code(op.path)} added` : 'operation added',
      ),
    );
  }
}

/** @param {string} path @param {Set<string>} paths */
function matchesTemplate(path, paths) {
  const key = templateKey(path);
  return [...paths].some((p) => templateKey(p) === key);
}

/** @param {string} path */
function templateKey(path) {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/**
 * @typedef {object} OperationRef
 * @property {string} key `get /users/{}`
 * @property {string} label `GET /users/{id}`
 * @property {string} path
 * @property {any} pathItem
 * @property {any} operation
 */

/** @param {any} doc @returns {Map<string, OperationRef>} */
function listOperations(doc) {
  /** @type {Map<string, OperationRef>} */
  const ops = new Map();
  for (const [path, pathItem] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = /** @type {any} */ (pathItem)?.[method];
      if (!operation) continue;
      const key = `${method} ${templateKey(path)}`;
      ops.set(key, { key, label: `${method.toUpperCase()} ${path}`, path, pathItem, operation });
    }
  }
  return ops;
}

/**
 * @param {OperationRef} base @param {OperationRef} head @param {any} baseDoc @param {any} headDoc @param {Change[]} changes
 */
function compareOperation(base, head, baseDoc, headDoc, changes) {
  const where = head.label;
  const start = changes.length;
  const a = base.operation;
  const b = head.operation;

  if (a.operationId !== b.operationId) {
    changes.push(
      change(
        'operation-id-changed',
        true,
        where,
        `operationId changed from ${code(a.operationId ?? 'none')} to ${code(b.operationId ?? 'none')}`,
      ),
    );
  }
  for (const key of ['summary', 'description']) {
    if (!deepEqual(a[key], b[key]))
      changes.push(change('description-changed', false, where, `operation ${key} changed`));
  }
  if (!a.deprecated && b.deprecated) changes.push(change('operation-deprecated', false, where, 'operation deprecated'));

  // Inherited servers/security are reported once at document level; compare here only when either
  // side overrides them for this operation.
  if (a.servers || b.servers || base.pathItem.servers || head.pathItem.servers) {
    compareServers(
      a.servers ?? base.pathItem.servers ?? baseDoc.servers,
      b.servers ?? head.pathItem.servers ?? headDoc.servers,
      where,
      changes,
    );
  }
  if (a.security || b.security) {
    compareSecurity(a.security ?? baseDoc.security, b.security ?? headDoc.security, where, changes);
  }

  compareParameters(effectiveParameters(base), effectiveParameters(head), where, changes);
  compareRequestBody(a.requestBody, b.requestBody, where, changes);
  compareResponses(a.responses ?? {}, b.responses ?? {}, where, changes);

  const shared = (/** @type {OperationRef} */ op) => ({
    parameters: op.pathItem.parameters,
    servers: op.pathItem.servers,
    operation: op.operation,
  });
  if (changes.length === start && !deepEqual(shared(base), shared(head))) {
    changes.push(change('other-change', false, where, 'changes outside the classified rules (examples, tags…)'));
  }
}

/** @param {OperationRef} op @returns {Map<string, any>} keyed by `in:name` (header names are case-insensitive) */
function effectiveParameters(op) {
  /** @type {Map<string, any>} */
  const params = new Map();
  for (const param of [...(op.pathItem.parameters ?? []), ...(op.operation.parameters ?? [])]) {
    if (!param || typeof param !== 'object') continue;
    const name = param.in === 'header' ? String(param.name).toLowerCase() : param.name;
    params.set(`${param.in}:${name}`, param);
  }
  return params;
}

/** @param {Map<string, any>} base @param {Map<string, any>} head @param {string} where @param {Change[]} changes */
function compareParameters(base, head, where, changes) {
  const removed = [...base.keys()].filter((key) => !head.has(key));
  const added = [...head.keys()].filter((key) => !base.has(key));

  for (const key of removed) {
    const param = base.get(key);
    // One parameter out and one in at the same location reads as a rename.
    const sameIn = added.filter((k) => head.get(k).in === param.in);
    const removedSameIn = removed.filter((k) => base.get(k).in === param.in);
    if (sameIn.length === 1 && removedSameIn.length === 1) {
      const renamed = head.get(/** @type {string} */ (sameIn[0]));
      changes.push(
        change(
          'parameter-renamed',
          true,
          where,
          `${param.in} parameter ${code(param.name)} renamed to ${code(renamed.name)}`,
        ),
      );
      added.splice(added.indexOf(/** @type {string} */ (sameIn[0])), 1);
    } else {
      changes.push(change('parameter-removed', true, where, `${param.in} parameter ${code(param.name)} removed`));
    }
  }
  for (const key of added) {
    const param = head.get(key);
    if (param.required) {
      changes.push(
        change('required-parameter-added', true, where, `required ${param.in} parameter ${code(param.name)} added`),
      );
    } else {
      changes.push(
        change('optional-parameter-added', false, where, `optional ${param.in} parameter ${code(param.name)} added`),
      );
    }
  }
  for (const [key, a] of base) {
    const b = head.get(key);
    if (!b) continue;
    const label = `${a.in} parameter ${code(a.name)}`;
    if (!a.required && b.required)
      changes.push(change('parameter-became-required', true, where, `${label} became required`));
    if (a.required && !b.required)
      changes.push(change('parameter-became-optional', false, where, `${label} became optional`));
    for (const key of ['style', 'explode', 'allowReserved']) {
      if (!deepEqual(a[key], b[key]))
        changes.push(change('parameter-serialization-changed', true, where, `${label}: \`${key}\` changed`));
    }
    if (!a.deprecated && b.deprecated)
      changes.push(change('parameter-deprecated', false, where, `${label} deprecated`));
    if (!deepEqual(a.description, b.description))
      changes.push(change('description-changed', false, where, `${label}: description changed`));
    compareSchema(
      a.schema ?? contentSchema(a.content),
      b.schema ?? contentSchema(b.content),
      'request',
      label,
      where,
      changes,
      new Map(),
    );
  }
}

/** @param {any} content */
function contentSchema(content) {
  const first = content && Object.values(content)[0];
  return first?.schema;
}

/** @param {any} base @param {any} head @param {string} where @param {Change[]} changes */
function compareRequestBody(base, head, where, changes) {
  if (!base && !head) return;
  if (!base) {
    changes.push(
      head.required
        ? change('required-request-body-added', true, where, 'required request body added')
        : change('request-body-added', false, where, 'optional request body added'),
    );
    return;
  }
  if (!head) {
    changes.push(change('request-body-removed', true, where, 'request body removed'));
    return;
  }
  if (!base.required && head.required)
    changes.push(change('request-body-became-required', true, where, 'request body became required'));
  if (!deepEqual(base.description, head.description))
    changes.push(change('description-changed', false, where, 'request body description changed'));
  compareContent(base.content ?? {}, head.content ?? {}, 'request', 'request body', where, changes);
}

/** @param {Record<string, any>} base @param {Record<string, any>} head @param {string} where @param {Change[]} changes */
function compareResponses(base, head, where, changes) {
  for (const [status, response] of Object.entries(base)) {
    const other = head[status];
    if (!other) {
      changes.push(change('response-status-removed', true, where, `response ${code(status)} removed`));
      continue;
    }
    const label = `response ${status}`;
    if (!deepEqual(response.description, other.description))
      changes.push(change('description-changed', false, where, `${label}: description changed`));
    compareHeaders(response.headers ?? {}, other.headers ?? {}, label, where, changes);
    compareContent(response.content ?? {}, other.content ?? {}, 'response', label, where, changes);
  }
  for (const status of Object.keys(head)) {
    if (!(status in base))
      changes.push(change('response-status-added', false, where, `response ${code(status)} added`));
  }
}

/** @param {Record<string, any>} base @param {Record<string, any>} head @param {string} label @param {string} where @param {Change[]} changes */
function compareHeaders(base, head, label, where, changes) {
  const lower = (/** @type {Record<string, any>} */ h) =>
    new Map(Object.entries(h).map(([k, v]) => [k.toLowerCase(), { name: k, value: v }]));
  const a = lower(base);
  const b = lower(head);
  for (const [key, { name, value }] of a) {
    const other = b.get(key);
    if (!other) {
      changes.push(change('response-header-removed', true, where, `${label}: header ${code(name)} removed`));
      continue;
    }
    if (value.required && !other.value.required)
      changes.push(
        change('response-header-became-optional', true, where, `${label}: header ${code(name)} became optional`),
      );
    compareSchema(
      value.schema,
      other.value.schema,
      'response',
      `${label}: header ${code(name)}`,
      where,
      changes,
      new Map(),
    );
  }
  for (const [key, { name }] of b) {
    if (!a.has(key))
      changes.push(change('response-header-added', false, where, `${label}: header ${code(name)} added`));
  }
}

/**
 * @param {Record<string, any>} base @param {Record<string, any>} head @param {Direction} direction
 * @param {string} label @param {string} where @param {Change[]} changes
 */
function compareContent(base, head, direction, label, where, changes) {
  for (const [type, media] of Object.entries(base)) {
    const other = head[type];
    if (!other) {
      changes.push(change('media-type-removed', true, where, `${label}: media type ${code(type)} removed`));
      continue;
    }
    compareSchema(media.schema, other.schema, direction, `${label} ${type}`, where, changes, new Map());
  }
  for (const type of Object.keys(head)) {
    if (!(type in base))
      changes.push(change('media-type-added', false, where, `${label}: media type ${code(type)} added`));
  }
}

/**
 * Compares two schemas in the given direction. In a request the client writes values, so the schema
 * must not accept fewer values; in a response the client reads values, so the schema must not produce
 * more (or fewer fields).
 * @param {any} base @param {any} head @param {Direction} direction @param {string} label the place in
 * the operation, e.g. ``response 200 application/json``
 * @param {string} where @param {Change[]} changes @param {Map<object, Set<object>>} seen pairs already compared
 * @param {string} [field] the field path inside the schema, e.g. `data[].email`
 */
function compareSchema(base, head, direction, label, where, changes, seen, field = '') {
  if (!base || !head || typeof base !== 'object' || typeof head !== 'object') {
    if (base && !head) changes.push(change('schema-removed', true, where, `${at(label, field)}: schema removed`));
    return;
  }
  const pairs = seen.get(base) ?? new Set();
  if (pairs.has(head)) return;
  pairs.add(head);
  seen.set(base, pairs);

  const a = flattenAllOf(base);
  const b = flattenAllOf(head);
  const place = at(label, field);
  const request = direction === 'request';

  // Types: a request may widen, a response may narrow.
  const typesA = schemaTypes(a);
  const typesB = schemaTypes(b);
  if (typesA && typesB && !sameSet(typesA, typesB)) {
    const widened = typesA.every((t) => typesB.includes(t));
    const narrowed = typesB.every((t) => typesA.includes(t));
    const breaking = request ? !widened : !narrowed;
    changes.push(
      change(
        'type-changed',
        breaking,
        where,
        `${place}: type changed from ${code(typesA.join(' | '))} to ${code(typesB.join(' | '))}`,
      ),
    );
  } else if ((typesA === undefined) !== (typesB === undefined)) {
    // Adding a type constrains a request; removing one lets a response produce anything.
    changes.push(
      change(
        'type-changed',
        request ? typesB !== undefined : typesA !== undefined,
        where,
        `${place}: type changed from ${code(typesA?.join(' | ') ?? 'any')} to ${code(typesB?.join(' | ') ?? 'any')}`,
      ),
    );
  }
  if (a.format !== b.format) {
    changes.push(
      change(
        'format-changed',
        true,
        where,
        `${place}: format changed from ${code(a.format ?? 'none')} to ${code(b.format ?? 'none')}`,
      ),
    );
  }

  // Enums (and const, which is a one-value enum).
  const enumA = enumValues(a);
  const enumB = enumValues(b);
  if (enumA || enumB) {
    const removed = enumA ? enumA.filter((v) => !enumB?.some((w) => deepEqual(v, w))) : [];
    const added = enumB ? enumB.filter((v) => enumA && !enumA.some((w) => deepEqual(v, w))) : [];
    if (enumA && !enumB) {
      changes.push(
        change(
          request ? 'request-enum-removed' : 'response-enum-removed',
          !request,
          where,
          `${place}: enum ${code(JSON.stringify(enumA))} lifted`,
        ),
      );
    } else if (!enumA && enumB) {
      changes.push(
        change(
          request ? 'request-enum-added' : 'response-enum-added',
          request,
          where,
          `${place}: restricted to ${code(JSON.stringify(enumB))}`,
        ),
      );
    } else {
      for (const value of removed) {
        changes.push(
          change(
            request ? 'request-enum-value-removed' : 'response-enum-value-removed',
            request,
            where,
            `${place}: enum value ${code(JSON.stringify(value))} removed`,
          ),
        );
      }
      for (const value of added) {
        changes.push(
          change(
            request ? 'request-enum-value-added' : 'response-enum-value-added',
            !request,
            where,
            `${place}: enum value ${code(JSON.stringify(value))} added`,
          ),
        );
      }
    }
  }

  if (request) compareConstraints(a, b, place, where, changes);
  if (field && !deepEqual(a.description, b.description)) {
    changes.push(change('description-changed', false, where, `${place}: description changed`));
  }

  compareProperties(a, b, direction, label, where, changes, seen, field);

  if (a.items && b.items) compareSchema(a.items, b.items, direction, label, where, changes, seen, `${field}[]`);
  if (isSchema(a.additionalProperties) && isSchema(b.additionalProperties)) {
    compareSchema(
      a.additionalProperties,
      b.additionalProperties,
      direction,
      label,
      where,
      changes,
      seen,
      `${field}{*}`,
    );
  } else if (a.additionalProperties !== false && b.additionalProperties === false && request) {
    changes.push(
      change('additional-properties-closed', true, where, `${place}: additional properties no longer allowed`),
    );
  }

  for (const key of ['oneOf', 'anyOf']) {
    compareVariants(a[key], b[key], key, direction, label, where, changes, seen, field);
  }
}

/**
 * @param {any} a @param {any} b @param {Direction} direction @param {string} label @param {string} where
 * @param {Change[]} changes @param {Map<object, Set<object>>} seen @param {string} field
 */
function compareProperties(a, b, direction, label, where, changes, seen, field) {
  const request = direction === 'request';
  const propsA = a.properties ?? {};
  const propsB = b.properties ?? {};
  const requiredA = new Set(a.required ?? []);
  const requiredB = new Set(b.required ?? []);
  const removed = Object.keys(propsA).filter((k) => !(k in propsB));
  const added = Object.keys(propsB).filter((k) => !(k in propsA));
  const prefix = field ? `${field}.` : '';

  for (const name of removed) {
    const rename = removed.length === 1 && added.length === 1 ? added[0] : undefined;
    const message = rename
      ? `${at(label, prefix + name)}: renamed to ${code(prefix + rename)}`
      : `${at(label, prefix + name)}: field removed`;
    changes.push(change(rename ? 'field-renamed' : 'field-removed', true, where, message));
  }
  for (const name of added) {
    if (removed.length === 1 && added.length === 1) continue; // reported as a rename
    const isRequired = requiredB.has(name);
    if (request) {
      changes.push(
        change(
          isRequired ? 'required-field-added' : 'optional-field-added',
          isRequired,
          where,
          `${at(label, prefix + name)}: ${isRequired ? 'required' : 'optional'} field added`,
        ),
      );
    } else {
      changes.push(change('field-added', false, where, `${at(label, prefix + name)}: field added`));
    }
  }
  for (const [name, schema] of Object.entries(propsA)) {
    if (!(name in propsB)) continue;
    const place = at(label, prefix + name);
    if (!requiredA.has(name) && requiredB.has(name)) {
      changes.push(change('field-became-required', request, where, `${place}: became required`));
    } else if (requiredA.has(name) && !requiredB.has(name)) {
      changes.push(change('field-became-optional', !request, where, `${place}: became optional`));
    }
    compareSchema(schema, propsB[name], direction, label, where, changes, seen, prefix + name);
  }
}

/**
 * oneOf/anyOf branches are compared by position; an extra branch widens the schema.
 * @param {any[] | undefined} a @param {any[] | undefined} b @param {string} key @param {Direction} direction
 * @param {string} label @param {string} where @param {Change[]} changes @param {Map<object, Set<object>>} seen @param {string} field
 */
function compareVariants(a, b, key, direction, label, where, changes, seen, field) {
  if (!a && !b) return;
  const request = direction === 'request';
  const before = a ?? [];
  const after = b ?? [];
  for (let i = 0; i < Math.min(before.length, after.length); i++) {
    compareSchema(before[i], after[i], direction, label, where, changes, seen, `${field}<${key}[${i}]>`);
  }
  if (after.length > before.length) {
    changes.push(
      change(
        'variant-added',
        !request,
        where,
        `${at(label, field)}: ${after.length - before.length} ${key} variant(s) added`,
      ),
    );
  } else if (after.length < before.length) {
    changes.push(
      change(
        'variant-removed',
        request,
        where,
        `${at(label, field)}: ${before.length - after.length} ${key} variant(s) removed`,
      ),
    );
  }
}

/** Tightened limits reject values a client may send. @param {any} a @param {any} b @param {string} place @param {string} where @param {Change[]} changes */
function compareConstraints(a, b, place, where, changes) {
  /** @type {Array<[string, 'min' | 'max']>} */
  const limits = [
    ['minimum', 'min'],
    ['exclusiveMinimum', 'min'],
    ['minLength', 'min'],
    ['minItems', 'min'],
    ['minProperties', 'min'],
    ['maximum', 'max'],
    ['exclusiveMaximum', 'max'],
    ['maxLength', 'max'],
    ['maxItems', 'max'],
    ['maxProperties', 'max'],
  ];
  for (const [key, kind] of limits) {
    const before = a[key];
    const after = b[key];
    if (before === after || (typeof before !== 'number' && typeof after !== 'number')) continue;
    const tightened =
      typeof before !== 'number' || typeof after !== 'number'
        ? typeof after === 'number'
        : kind === 'min'
          ? after > before
          : after < before;
    changes.push(
      change(
        tightened ? 'constraint-tightened' : 'constraint-relaxed',
        tightened,
        where,
        `${place}: \`${key}\` changed from ${before ?? 'none'} to ${after ?? 'none'}`,
      ),
    );
  }
  if (a.pattern !== b.pattern) {
    changes.push(
      change(
        'pattern-changed',
        b.pattern !== undefined,
        where,
        `${place}: pattern changed from ${code(a.pattern ?? 'none')} to ${code(b.pattern ?? 'none')}`,
      ),
    );
  }
}

/**
 * Merges `allOf` members into one schema (properties, required, type) so that moving a field into
 * or out of an `allOf` is not reported as a change.
 * @param {any} schema
 */
function flattenAllOf(schema) {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  /** @type {any} */
  const merged = { ...rest, properties: { ...(rest.properties ?? {}) }, required: [...(rest.required ?? [])] };
  for (const part of allOf) {
    if (!part || typeof part !== 'object') continue;
    const flat = flattenAllOf(part);
    Object.assign(merged.properties, flat.properties ?? {});
    merged.required.push(...(flat.required ?? []));
    for (const key of ['type', 'format', 'enum', 'const', 'items', 'additionalProperties', 'oneOf', 'anyOf']) {
      if (merged[key] === undefined && flat[key] !== undefined) merged[key] = flat[key];
    }
  }
  if (Object.keys(merged.properties).length === 0) delete merged.properties;
  if (merged.required.length === 0) delete merged.required;
  return merged;
}

/** @param {any} schema @returns {string[] | undefined} sorted type names, `nullable: true` read as `null` */
function schemaTypes(schema) {
  if (schema.type === undefined) return undefined;
  const types = Array.isArray(schema.type) ? [...schema.type] : [schema.type];
  if (schema.nullable === true && !types.includes('null')) types.push('null');
  // An integer is a number: widening integer → number is not a narrowing.
  return [...new Set(types)].sort();
}

/** @param {any} schema @returns {unknown[] | undefined} */
function enumValues(schema) {
  if (Array.isArray(schema.enum)) return schema.enum;
  if ('const' in schema) return [schema.const];
  return undefined;
}

/** @param {unknown} value */
function isSchema(value) {
  return typeof value === 'object' && value !== null;
}

/** @param {string[]} a @param {string[]} b */
function sameSet(a, b) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** @param {string} label @param {string} field */
function at(label, field) {
  return field ? `${label} ${code(field)}` : label;
}

/** @param {string} text */
function code(text) {
  return `\`${String(text).replaceAll('`', "'")}\``;
}

/**
 * Structural equality that tolerates cycles.
 * @param {unknown} a @param {unknown} b @param {Map<object, Set<object>>} [seen]
 * @returns {boolean}
 */
function deepEqual(a, b, seen = new Map()) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const pairs = seen.get(a) ?? new Set();
  if (pairs.has(b)) return true;
  pairs.add(b);
  seen.set(a, pairs);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) => Object.hasOwn(b, key) && deepEqual(/** @type {any} */ (a)[key], /** @type {any} */ (b)[key], seen),
  );
}
