import { readdirSync, readFileSync } from 'node:fs';
import { VENDOR_IDS } from '@orgdir/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import {
  DEFAULT_BASE_URLS,
  KEY_ENV,
  REVIEW_SIGNALS,
  VENDOR_DEFINITIONS,
  VENDOR_REGISTRY,
  VENDORS,
} from '../../src/index.js';

const root = new URL('../../../../', import.meta.url);

/** The `apis:` keys of `redocly.yaml`, read line by line so this test depends on no YAML parser. */
function redoclyApis(): string[] {
  const lines = readFileSync(new URL('redocly.yaml', root), 'utf8').split('\n');
  const start = lines.indexOf('apis:');
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const key = /^ {2}([\w-]+):\s*$/.exec(line)?.[1];
    if (key) names.push(key);
  }
  return names;
}

/** The vendors with a spec file in `specs/`. */
function specFiles(): string[] {
  return readdirSync(new URL('specs/', root))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length));
}

/** `servers[0].url` of a spec. */
function specServerUrl(vendor: string): string | undefined {
  const text = readFileSync(new URL(`specs/${vendor}.yaml`, root), 'utf8');
  return /^servers:\s*\n\s*-\s*url:\s*['"]?([^'"\s]+)/m.exec(text)?.[1];
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('vendor registry', () => {
  it('names the same vendors as redocly.yaml, specs/ and @orgdir/types, in one order', () => {
    const registry = Object.keys(VENDOR_REGISTRY);
    expect(redoclyApis().length).toBeGreaterThan(0);
    expect([...registry].sort()).toEqual([...redoclyApis()].sort());
    expect([...registry].sort()).toEqual(specFiles().sort());
    expect(VENDORS).toEqual(VENDOR_IDS);
    expect(VENDOR_DEFINITIONS.map((d) => d.id)).toEqual(VENDORS);
  });

  it.each(VENDOR_DEFINITIONS)('$id: is filed under its own id', (definition) => {
    expect(VENDOR_REGISTRY[definition.id]).toBe(definition);
  });

  it.each(VENDOR_DEFINITIONS)("$id: the default base URL is the spec's servers[0].url", (definition) => {
    expect(specServerUrl(definition.id)).toBeDefined();
    expect(definition.defaultBaseUrl).toBe(specServerUrl(definition.id));
    expect(DEFAULT_BASE_URLS[definition.id]).toBe(definition.defaultBaseUrl);
  });

  it('gives every vendor its own key variable', () => {
    const names = VENDOR_DEFINITIONS.map((d) => d.keyEnv);
    expect(new Set(names).size).toBe(names.length);
    for (const d of VENDOR_DEFINITIONS) {
      expect(d.keyEnv).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(KEY_ENV[d.id]).toBe(d.keyEnv);
    }
  });

  it.each(VENDOR_DEFINITIONS)('$id: the client takes its key from the key variable, and names it when unset', (d) => {
    vi.stubEnv(d.keyEnv, '');
    expect(() => d.createClient()).toThrow(ConfigurationError);
    expect(() => d.createClient()).toThrow(d.keyEnv);
    vi.stubEnv(d.keyEnv, 'key-from-env');
    expect(d.createClient()).toMatchObject({ baseUrl: d.defaultBaseUrl });
  });

  it.each(VENDOR_DEFINITIONS)('$id: loads the validators generated from its own spec', async (d) => {
    const validators = await d.loadValidators();
    const spec = readFileSync(new URL(`specs/${d.id}.yaml`, root), 'utf8');
    const operations = Object.keys(validators.operations);
    expect(operations.length).toBeGreaterThan(0);
    for (const id of operations) expect(spec).toContain(`operationId: ${id}`);
  });

  it.each(VENDOR_DEFINITIONS)('$id: decoding a body that is no envelope gives neither detail nor code', (d) => {
    for (const body of [undefined, null, 'text', 42, [], {}]) {
      expect(d.decodeError(body)).toEqual({ detail: undefined, code: undefined });
    }
  });

  it.each(VENDOR_DEFINITIONS)('$id: its review signals are the ones the review engine reads', (d) => {
    expect(REVIEW_SIGNALS[d.id]).toBe(d.review);
  });
});
