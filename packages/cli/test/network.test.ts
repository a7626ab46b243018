import { createServer } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoKeys } from './support/assertions.js';
import { startConnectProxy, type TestProxy } from './support/connect-proxy.js';
import { FAKE_ENV, FAKE_KEYS, type FakeVendors, startFakeVendors } from './support/fake-vendors.js';
import { runMain } from './support/run-main.js';

// In-process: proxies, --timeout/--concurrency/--verbose and how connection failures are reported.

let fake: FakeVendors;
let proxy: TestProxy;
beforeAll(async () => {
  fake = await startFakeVendors();
  proxy = await startConnectProxy();
});
afterAll(async () => {
  await proxy.close();
  await fake.close();
});
afterEach(() => {
  fake.reset();
  proxy.tunnels.length = 0;
  proxy.forwarded.length = 0;
});

const relayed = () => [...proxy.tunnels, ...proxy.forwarded];

describe('proxies from the environment', () => {
  it.each(['HTTP_PROXY', 'http_proxy'])('%s: every request goes through the proxy', async (name) => {
    // NO_PROXY empty: loopback is not exempt unless the user says so.
    const env = { ...FAKE_ENV, [name]: proxy.url, NO_PROXY: '' };
    const result = await runMain(['directory', '--format', 'json', ...fake.flags, '--max-retries', '0'], { env });
    expect(result.code).toBe(0);
    const { users, vendors } = JSON.parse(result.stdout) as { users: unknown[]; vendors: { status: string }[] };
    expect(users.length).toBeGreaterThan(0);
    expect(vendors.map((v) => v.status)).toEqual(['complete', 'complete', 'complete']);
    const port = new URL(fake.baseUrls.telnyx).port;
    expect(relayed().length).toBeGreaterThan(0);
    expect(relayed().every((target) => target.includes(`127.0.0.1:${port}`))).toBe(true);
  });

  it('NO_PROXY exempts a host: nothing reaches the proxy', async () => {
    const env = { ...FAKE_ENV, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' };
    const result = await runMain(['users', 'telnyx', '--format', 'json', ...fake.flags], { env });
    expect(result.code).toBe(0);
    expect(relayed()).toEqual([]);
  });

  it('without a proxy variable nothing reaches the proxy', async () => {
    const result = await runMain(['users', 'telnyx', '--format', 'json', ...fake.flags], { env: FAKE_ENV });
    expect(result.code).toBe(0);
    expect(relayed()).toEqual([]);
  });

  it('a proxy that refuses the connection is reported with the vendor and the cause', async () => {
    const closed = await startConnectProxy();
    await closed.close();
    const env = { ...FAKE_ENV, HTTP_PROXY: closed.url, NO_PROXY: '' };
    const result = await runMain(['users', 'telnyx', ...fake.flags, '--max-retries', '0'], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^orgdir: telnyx: Connection error, connection refused \(ECONNREFUSED\): GET http/m);
  });
});

describe('connection failures', () => {
  it('the table summary names the vendor and the whole cause, uncut', async () => {
    const closed = await startFakeVendors();
    await closed.close();
    const flags = [...fake.flags];
    flags[flags.indexOf('--base-url-telnyx') + 1] = closed.baseUrls.telnyx;
    const result = await runMain(['directory', ...flags, '--max-retries', '0'], { env: FAKE_ENV });
    expect(result.code).toBe(1);
    const summary = result.stdout.split('\n').find((line) => line.startsWith('telnyx: failed'));
    expect(summary).toMatch(
      /^telnyx: failed \(Connection error, connection refused \(ECONNREFUSED\): GET http:\/\/127\.0\.0\.1:\d+\/telnyx\/organizations\/users\)$/,
    );
  });
});

describe('--timeout, --concurrency, --verbose', () => {
  it.each([
    ['--timeout', '0', 'a number from 1 to 2147483647'],
    ['--timeout', '-5', 'a number from 1 to 2147483647'],
    ['--timeout', 'abc', 'a number from 1 to 2147483647'],
    ['--timeout', 'Infinity', 'a number from 1 to 2147483647'],
    ['--timeout', '2147483648', 'a number from 1 to 2147483647'],
    ['--concurrency', '0', 'an integer from 1 to 64'],
    ['--concurrency', '65', 'an integer from 1 to 64'],
    ['--concurrency', '1.5', 'an integer from 1 to 64'],
    ['--concurrency', '2x', 'an integer from 1 to 64'],
  ])('%s %s is a usage error (exit 2) naming the flag and the range', async (flag, value, range) => {
    const result = await runMain(['users', 'telnyx', flag, value, ...fake.flags], { env: FAKE_ENV });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`option '${flag} <`);
    expect(result.stderr).toContain(`argument '${value}' is invalid. ${flag} must be ${range}; got `);
    expect(fake.requests).toEqual([]);
  });

  it.each([
    ['--timeout', '30000.5'],
    ['--timeout', '2147483647'],
    ['--concurrency', '33'],
    ['--concurrency', '64'],
  ])('%s %s is within the range and accepted', async (flag, value) => {
    const result = await runMain(['users', 'telnyx', flag, value, ...fake.flags], { env: FAKE_ENV });
    expect(result.stderr).not.toContain('is invalid');
    expect(result.code).toBe(0);
  });

  it('--timeout bounds each attempt: a vendor that never answers fails with the vendor named', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const result = await runMain(
        ['users', 'telnyx', '--timeout', '200', '--max-retries', '0', '--base-url-telnyx', `http://127.0.0.1:${port}`],
        { env: FAKE_ENV },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^orgdir: telnyx: Request timed out after 200 ms: GET http/m);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('--verbose logs each request to stderr, without keys or query strings', async () => {
    const result = await runMain(['directory', '--format', 'json', '--verbose', ...fake.flags], { env: FAKE_ENV });
    expect(result.code).toBe(0);
    const logged = result.stderr.split('\n').filter((line) => / -> \d{3}$/.test(line));
    expect(logged.length).toBe(fake.requests.length);
    expect(logged.some((line) => /GET http:\/\/127\.0\.0\.1:\d+\/telnyx\/organizations\/users -> 200/.test(line))).toBe(
      true,
    );
    expect(result.stderr).not.toContain('?');
    expectNoKeys(result);
    for (const key of Object.values(FAKE_KEYS)) expect(result.stderr).not.toContain(key);
  });

  it('without --verbose, no request log', async () => {
    const result = await runMain(['directory', '--format', 'json', ...fake.flags], { env: FAKE_ENV });
    expect(result.stderr).not.toMatch(/ -> \d{3}/);
  });
});
