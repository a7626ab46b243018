import { ConfigurationError } from '../errors.js';

/** The key from the options, else from the environment; refuses a missing or header-breaking key. */
export function resolveApiKey(given: string | undefined, envName: string): string {
  const key = given ?? process.env[envName];
  if (key === undefined || key.trim() === '') {
    throw new ConfigurationError(`No API key: pass the apiKey option or set ${envName}.`);
  }
  // Control characters (CR/LF above all) could smuggle extra headers, and non-ASCII cannot be a
  // header value at all; refuse both here, typed, without echoing the key.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new ConfigurationError('The API key contains a line break, a space, or a non-ASCII or control character.');
  }
  return key;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** True for localhost, 127.0.0.0/8 and [::1]. */
function isLoopback(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

/** Checks a base URL: absolute, HTTPS unless the host is loopback, no credentials; returns it without a trailing slash. */
export function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigurationError(`baseUrl is not an absolute URL: ${JSON.stringify(baseUrl)}.`);
  }
  if (url.username || url.password) {
    // Do not echo the URL: it holds credentials.
    throw new ConfigurationError('baseUrl must not contain credentials; pass the key as apiKey.');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new ConfigurationError(`baseUrl must use https (plain http only for a loopback host): ${url.origin}.`);
  }
  if (url.search || url.hash) {
    throw new ConfigurationError('baseUrl must not have a query string or fragment.');
  }
  return url.href.replace(/\/+$/, '');
}
