/** The value when it is a non-empty string, else undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Drops `undefined` members, so optional query parameters are omitted rather than sent empty. */
export function defined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  // A loop rather than entries/filter/fromEntries: this runs on every listing and page request.
  const kept: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) if (member !== undefined) kept[key] = member;
  return kept as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** A property of a vendor record of unknown shape; undefined when the record is not an object. */
export function rawField(raw: unknown, name: string): unknown {
  return typeof raw === 'object' && raw !== null && Object.hasOwn(raw, name)
    ? (raw as Record<string, unknown>)[name]
    : undefined;
}
