/**
 * A certificate problem is a connection error like any other: a server on 127.0.0.1 whose
 * certificate (signed by a CA the client trusts) names another host gives an APIConnectionError
 * whose cause shows the certificate problem, never a crash (a root certificate's issuer is
 * itself, which once overflowed the stack in the redactor) and never the key.
 */
import { inspect } from 'node:util';
import { Agent } from 'undici';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { APIConnectionError, createOpenAIClient } from '../../src/index.js';
import { FAKE_KEY, fast } from '../support/server.js';
import { type MismatchedTlsServer, startMismatchedTlsServer } from '../support/tls-server.js';

let server: MismatchedTlsServer;
let agent: Agent;
beforeAll(async () => {
  server = await startMismatchedTlsServer();
  agent = new Agent({ connect: { ca: server.ca } });
});
afterAll(async () => {
  await agent.close();
  await server.close();
});

/** The cause chain's messages and codes, outermost first. */
function causes(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) out.push(`${(e as { code?: string }).code ?? ''} ${e.message}`);
  return out;
}

it.each([
  ['the CA trusted: a certificate-name mismatch', true, /ERR_TLS_CERT_ALTNAME_INVALID/],
  ['the CA not trusted: an unknown issuer', false, /UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|unable to verify/i],
])('%s → APIConnectionError, the problem in its cause, no key', async (_name, trustCa, problem) => {
  const logged: string[] = [];
  const client = createOpenAIClient({
    ...fast,
    maxRetries: 1,
    baseUrl: `${server.url}/v1`,
    logger: { debug: (line: string) => logged.push(line), warn: (line: string) => logged.push(line) },
    ...(trustCa && {
      // Node's fetch takes undici's `dispatcher`; the DOM RequestInit type does not list it.
      fetch: (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
        fetch(input, { ...init, dispatcher: agent } as unknown as RequestInit),
    }),
  });
  const error = await client.users
    .list()
    .toArray()
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APIConnectionError);
  expect(causes(error).join('\n')).toMatch(problem);
  if (trustCa) {
    // The certificate stays readable, its bytes replaced, its self-issued root kept as a loop.
    const tls = (error as Error & { cause: Error & { cause: { cert: Record<string, unknown> } } }).cause.cause;
    expect(tls.cert.subjectaltname).toBe('DNS:wrong.example');
    expect(tls.cert.raw).toBe('[Buffer]');
    const root = tls.cert.issuerCertificate as Record<string, unknown>;
    expect(root.issuerCertificate).toBe(root);
  }
  expect(server.requests()).toBe(0);
  const rendered = [
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    String((error as Error).stack),
  ];
  for (const text of [...rendered, ...logged]) expect(text).not.toContain(FAKE_KEY);
});
