import { UsageError } from './errors.js';

/** A fetch that goes through the environment's proxy, and how to release its connections. */
export interface ProxiedFetch {
  fetch: typeof fetch;
  /** The proxy URLs in use (for redacting credentials they may hold). */
  proxies: string[];
  close(): Promise<void>;
}

/**
 * A fetch honouring `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` (lower-case names first, as curl
 * does) through undici's EnvHttpProxyAgent; undefined when no proxy is set, so Node's own fetch is
 * used. Node's built-in fetch ignores these variables. Read from `env` (not `process.env`) so what
 * a command sees is injectable.
 */
export async function proxiedFetch(
  env: Readonly<Record<string, string | undefined>>,
): Promise<ProxiedFetch | undefined> {
  const httpProxy = env.http_proxy || env.HTTP_PROXY || '';
  const httpsProxy = env.https_proxy || env.HTTPS_PROXY || '';
  if (!httpProxy && !httpsProxy) return undefined;
  // Loaded only when a proxy is configured.
  const { EnvHttpProxyAgent, fetch: undiciFetch } = await import('undici');
  let dispatcher: InstanceType<typeof EnvHttpProxyAgent>;
  try {
    dispatcher = new EnvHttpProxyAgent({ httpProxy, httpsProxy, noProxy: env.no_proxy ?? env.NO_PROXY ?? '' });
  } catch (error) {
    throw new UsageError(`HTTPS_PROXY/HTTP_PROXY is not a usable proxy URL: ${(error as Error).message}`, {
      cause: error,
    });
  }
  // The client calls fetch(url, init) with a URL string and a plain init, which undici's fetch takes.
  const proxied = (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input as string, { ...(init as object), dispatcher });
  return {
    fetch: proxied as unknown as typeof fetch,
    proxies: [httpProxy, httpsProxy].filter(Boolean),
    close: () => dispatcher.close(),
  };
}
