/**
 * The vendors' official SDKs the bench races against, imported by a name TypeScript does not
 * follow. Their declarations (Telnyx's ~440 files, OpenAI's ~140) would otherwise be read by every
 * type check of the repository, about 4 s of the gate's CPU, for the three calls the bench makes.
 * Those calls are typed here, narrowly; `test/run.test.ts` runs each one against the bench's fake
 * servers, so an SDK that changes them fails there.
 */

/** What `new Telnyx(options)` takes here. */
export interface SdkOptions {
  apiKey: string;
  baseURL: string;
}

/** Awaited: the first page. Iterated with `for await`: every user of every page. */
export type SdkPagePromise = PromiseLike<{ data: unknown[] }> & AsyncIterable<unknown>;

/** The Telnyx SDK client, as far as the bench uses it. */
export interface TelnyxSdk {
  organizations: {
    users: { list(query: { 'page[number]'?: number; 'page[size]'?: number }): SdkPagePromise };
  };
}

/** The OpenAI SDK client, as far as the bench uses it. */
export interface OpenAISdk {
  admin: {
    organization: { groups: { users: { list(groupId: string, query: { limit: number }): SdkPagePromise } } };
  };
}

/** A module's default export, by a specifier that is a plain string to TypeScript. */
async function defaultExport<T>(specifier: string): Promise<T> {
  return ((await import(specifier)) as { default: T }).default;
}

/** The `telnyx` package's client class. */
export function loadTelnyxSdk(): Promise<new (options: SdkOptions) => TelnyxSdk> {
  return defaultExport('telnyx');
}

/** The `openai` package's client class. */
export function loadOpenAISdk(): Promise<new (options: SdkOptions & { adminAPIKey: string }) => OpenAISdk> {
  return defaultExport('openai');
}
