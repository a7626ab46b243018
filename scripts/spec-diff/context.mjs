// The one object every check receives: the two documents, where in them the comparison is, in which
// direction values flow, and the list changes are reported to. Checks derive narrower contexts with
// `with()` instead of passing positions and sinks as parameters.
import { RULES } from './rules.mjs';

/**
 * @import { OpenAPI3, ReferenceObject } from 'openapi-typescript'
 * @import { RuleId, Verdict } from './rules.mjs'
 */

/**
 * One classified difference.
 * @typedef {object} Change
 * @property {RuleId} rule     the rule that matched, e.g. `parameter-removed`
 * @property {Verdict} verdict the rule's verdict for a client built against the base
 * @property {string} where    `GET /path`, or `(document)` for changes outside operations
 * @property {string} message  one-line Markdown description of the change
 */

/** `request`: the client writes the values; `response`: it reads them. @typedef {'request' | 'response'} Direction */

/** The `where` of changes outside any operation. */
export const DOCUMENT = '(document)';

/**
 * @typedef {object} Place
 * @property {string} where                 `GET /users` or {@link DOCUMENT}
 * @property {string} label                 the place in the operation, e.g. `response 200 application/json`
 * @property {string} field                 the field path inside a schema, e.g. `data[].email`
 * @property {Direction | undefined} direction set once a check enters a request or a response
 * @property {boolean} unionChecked         the admitted types and values of this schema were compared by its parent
 * @property {Map<object, Set<object>>} seen schema pairs already compared (dereferenced schemas may be cyclic)
 */

/** The state of one comparison; immutable, so a derived context never leaks into its parent's. */
export class DiffContext {
  /**
   * @param {{ base: OpenAPI3, head: OpenAPI3, changes: Change[] } & Partial<Place>} init
   */
  constructor({ base, head, changes, ...place }) {
    /** The document consumers were built against. */
    this.base = base;
    /** The changed document. */
    this.head = head;
    /** Where changes are reported; shared by every context derived from this one. */
    this.changes = changes;
    this.where = place.where ?? DOCUMENT;
    this.label = place.label ?? '';
    this.field = place.field ?? '';
    this.direction = place.direction;
    this.unionChecked = place.unionChecked ?? false;
    this.seen = place.seen ?? new Map();
  }

  /**
   * A context for a narrower place; what `patch` leaves out is inherited.
   * @param {Partial<Place>} patch
   * @returns {DiffContext}
   */
  with(patch) {
    /** @type {Place} */
    const place = {
      where: this.where,
      label: this.label,
      field: this.field,
      direction: this.direction,
      unionChecked: this.unionChecked,
      seen: this.seen,
    };
    return new DiffContext({ base: this.base, head: this.head, changes: this.changes, ...place, ...patch });
  }

  /**
   * A context for the schemas of one place (a parameter, a media type, a header): fresh cycle tracking.
   * @param {Direction} direction @param {string} label
   */
  schemas(direction, label) {
    return this.with({ direction, label, field: '', unionChecked: false, seen: new Map() });
  }

  /** Whether values flow from the client (request) rather than to it. */
  get request() {
    return this.direction === 'request';
  }

  /** The place of a schema change as the report shows it, e.g. ``response 200 application/json `data[].id` ``. */
  get place() {
    return at(this.label, this.field);
  }

  /**
   * Records a change under `rule`, with the rule's verdict.
   * @param {RuleId} rule @param {string} message
   */
  report(rule, message) {
    const { verdict, direction } = RULES[rule];
    // A rule about one direction reported in the other is a bug in a check, not a spec change.
    if (direction !== 'both' && this.direction !== undefined && direction !== this.direction) {
      throw new Error(`spec-diff: rule ${rule} is about ${direction}s but was reported in a ${this.direction}`);
    }
    this.changes.push({ rule, verdict, where: this.where, message });
  }

  /**
   * Marks a schema pair as compared; false when it was already (a cycle, or a schema shared by two places).
   * @param {object} a @param {object} b
   */
  firstVisit(a, b) {
    const pairs = this.seen.get(a) ?? new Set();
    if (pairs.has(b)) return false;
    pairs.add(b);
    this.seen.set(a, pairs);
    return true;
  }
}

/**
 * A label and a field path as the report shows them.
 * @param {string} label @param {string} field
 */
export function at(label, field) {
  return field ? `${label} ${code(field)}` : label;
}

/**
 * Inline Markdown code; backticks inside become quotes.
 * @param {unknown} text
 */
export function code(text) {
  return `\`${String(text).replaceAll('`', "'")}\``;
}

/**
 * An object of a dereferenced document. Redocly's `--dereferenced` output resolves every `$ref`, so
 * the `ReferenceObject` that openapi-typescript's types allow everywhere cannot occur here; a leftover
 * one is compared as the object it is (its `$ref` key then differs like any unmodelled key).
 * @template {object} T
 * @param {T | ReferenceObject | undefined} value
 * @returns {T | undefined}
 */
export function resolved(value) {
  return /** @type {T | undefined} */ (value);
}
