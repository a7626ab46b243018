import { describe, expect, it } from 'vitest';
import { ExitCode, exitCodeFor, UsageError } from '../src/errors.js';
import { loadMock, MOCK_INSTALL_COMMAND, type MockModule, MockNotInstalledError } from '../src/mock-loader.js';

/** The error Node's ESM loader throws for a package that is not installed. */
function notFound(specifier: string): Error {
  return Object.assign(
    new Error(`Cannot find package '${specifier}' imported from /app/node_modules/@orgdir/cli/dist/mock-loader.js`),
    {
      code: 'ERR_MODULE_NOT_FOUND',
    },
  );
}

describe('loadMock', () => {
  it('a missing @orgdir/mock is a usage error (exit 2) naming the install command', async () => {
    const error = await loadMock(() => Promise.reject(notFound('@orgdir/mock'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockNotInstalledError);
    expect(error).toBeInstanceOf(UsageError);
    expect(exitCodeFor(error)).toBe(ExitCode.usage);
    expect((error as Error).message).toContain(MOCK_INSTALL_COMMAND);
    expect(MOCK_INSTALL_COMMAND).toBe('npm i -D @orgdir/mock');
  });

  it('a package missing inside @orgdir/mock (a broken install) is not disguised as "not installed"', async () => {
    const inner = notFound('@stoplight/prism-cli');
    await expect(loadMock(() => Promise.reject(inner))).rejects.toBe(inner);
  });

  it("Node's real message for another missing package does not match (the name must be exact)", async () => {
    const real = await import('@orgdir/mock-not-a-package' as string).catch((e: unknown) => e);
    expect((real as { code?: string }).code).toBe('ERR_MODULE_NOT_FOUND');
    await expect(loadMock(() => Promise.reject(real))).rejects.toBe(real);
  });

  it('loads the installed package', async () => {
    const module: MockModule = await loadMock();
    expect(typeof module.startMocks).toBe('function');
  });
});
