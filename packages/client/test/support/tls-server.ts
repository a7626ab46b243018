import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An https server on 127.0.0.1 whose certificate, signed by a throw-away CA, names another host. */
export interface MismatchedTlsServer {
  url: string;
  /** The CA that signed the certificate (PEM), for a client that should trust it. */
  ca: string;
  /** Requests that got past the TLS handshake. */
  requests(): number;
  close(): Promise<void>;
}

/**
 * Makes a CA and a leaf certificate for `wrong.example` with `openssl` in a temp dir (deleted
 * again), and serves it. A client trusting the CA gets past "self-signed" to the name mismatch.
 */
export async function startMismatchedTlsServer(): Promise<MismatchedTlsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'orgdir-tls-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
  let key: Buffer;
  let cert: Buffer;
  let ca: string;
  try {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.pem'),
      '-subj',
      '/CN=orgdir test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign',
    );
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      file('leaf.key'),
      '-out',
      file('leaf.csr'),
      '-subj',
      '/CN=wrong.example',
    );
    writeFileSync(file('ext.cnf'), 'subjectAltName=DNS:wrong.example\n');
    openssl(
      'x509',
      '-req',
      '-in',
      file('leaf.csr'),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-out',
      file('leaf.pem'),
      '-days',
      '2',
      '-extfile',
      file('ext.cnf'),
    );
    key = readFileSync(file('leaf.key'));
    cert = readFileSync(file('leaf.pem'));
    ca = readFileSync(file('ca.pem'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  let requests = 0;
  const server = createServer({ key, cert }, (_req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"object":"list","data":[],"has_more":false}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    ca,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
