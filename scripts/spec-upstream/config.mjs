// Reads upstream.yaml, the one config (next to redocly.yaml) naming each vendor's published OpenAPI
// document, or saying that the vendor publishes none, plus the differences we keep on purpose.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { RULES } from '../spec-diff/rules.mjs';

/** @import { RuleId } from '../spec-diff/rules.mjs' */

/**
 * A difference from the vendor's document that our spec keeps on purpose.
 * @typedef {object} Accepted
 * @property {RuleId} rule   the classifier rule it is reported under
 * @property {string} where  `GET /path` as the report shows it
 * @property {string} [field] text the change's message must contain (a field path, a status…)
 * @property {string} reason why our spec differs
 */

/**
 * One vendor's entry: the document's URL, or why there is none.
 * @typedef {object} UpstreamEntry
 * @property {string} [url]
 * @property {string} [none]
 * @property {Accepted[]} accepted
 */

/** An upstream.yaml that is not as documented; the message names the entry and what is wrong. */
export class ConfigError extends Error {}

/**
 * Reads and checks upstream.yaml: every vendor of redocly.yaml has an entry with exactly one of an
 * https `url` or a `none` sentence, and each accepted difference names a rule, a place and a reason.
 * @param {string} file
 * @param {string[]} vendors the APIs of redocly.yaml
 * @returns {Promise<Record<string, UpstreamEntry>>}
 */
export async function loadUpstreamConfig(file, vendors) {
  const raw = /** @type {{ vendors?: Record<string, Record<string, unknown>> } | null} */ (
    parse(await readFile(file, 'utf8'))
  );
  const entries = raw?.vendors ?? {};
  /** @type {Record<string, UpstreamEntry>} */
  const out = {};
  for (const vendor of vendors) {
    const entry = entries[vendor];
    const at = `upstream.yaml: vendors.${vendor}`;
    if (!entry || typeof entry !== 'object') throw new ConfigError(`${at} is missing`);
    const { url, none, accepted = [] } = entry;
    if ((url === undefined) === (none === undefined)) throw new ConfigError(`${at} needs exactly one of url or none`);
    if (url !== undefined && (typeof url !== 'string' || !/^https:\/\/\S+$/.test(url)))
      throw new ConfigError(`${at}.url must be an https URL`);
    if (none !== undefined && (typeof none !== 'string' || none.trim() === ''))
      throw new ConfigError(`${at}.none must say why there is no document`);
    if (!Array.isArray(accepted)) throw new ConfigError(`${at}.accepted must be a list`);
    const checked = accepted.map((a, i) => {
      const where = `${at}.accepted[${i}]`;
      if (a === null || typeof a !== 'object') throw new ConfigError(`${where} must be an object`);
      if (typeof a.rule !== 'string' || !(a.rule in RULES))
        throw new ConfigError(`${where}.rule is not a spec:diff rule`);
      if (typeof a.where !== 'string' || a.where === '') throw new ConfigError(`${where}.where is missing`);
      if (a.field !== undefined && typeof a.field !== 'string') throw new ConfigError(`${where}.field must be text`);
      if (typeof a.reason !== 'string' || a.reason.trim() === '') throw new ConfigError(`${where}.reason is missing`);
      return /** @type {Accepted} */ (a);
    });
    out[vendor] = {
      ...(typeof url === 'string' ? { url } : {}),
      ...(typeof none === 'string' ? { none } : {}),
      accepted: checked,
    };
  }
  const unknown = Object.keys(entries).filter((v) => !vendors.includes(v));
  if (unknown.length > 0)
    throw new ConfigError(`upstream.yaml names vendors redocly.yaml lacks: ${unknown.join(', ')}`);
  return out;
}
