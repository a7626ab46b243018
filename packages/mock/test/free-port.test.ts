import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { canConnect, findFreePort } from '../src/free-port.js';

function listen(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.end());
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('findFreePort', () => {
  it('returns a port that can be bound right away', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    const server = await listen(port);
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('canConnect', () => {
  it('is true while a server listens and false once it is closed', async () => {
    const server = await listen(0);
    const { port } = server.address() as net.AddressInfo;
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    await new Promise((resolve) => server.close(resolve));
    expect(await canConnect('127.0.0.1', port)).toBe(false);
  });
});
