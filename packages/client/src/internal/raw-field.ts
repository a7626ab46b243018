/** A property of a vendor record of unknown shape; undefined when the record is not an object. */
export function rawField(raw: unknown, name: string): unknown {
  return typeof raw === 'object' && raw !== null && Object.hasOwn(raw, name)
    ? (raw as Record<string, unknown>)[name]
    : undefined;
}
