import { readFile } from 'node:fs/promises';

/**
 * Splits specs into groups that can share one Prism process. Prism sets json-schema-faker's
 * options process-wide from a spec's `x-json-schema-faker`, so a spec that mentions it gets a
 * process of its own; every other spec (and one that cannot be read: its host names the error)
 * shares the first group.
 */
export async function groupForHosts<T extends { specPath: string }>(specs: readonly T[]): Promise<T[][]> {
  const own = await Promise.all(
    specs.map(async (spec) => {
      const text = await readFile(spec.specPath, 'utf8').catch(() => '');
      return text.includes('x-json-schema-faker');
    }),
  );
  const shared = specs.filter((_, i) => !own[i]);
  const alone = specs.filter((_, i) => own[i]).map((spec) => [spec]);
  return [...(shared.length > 0 ? [shared] : []), ...alone];
}
