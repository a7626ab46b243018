import { UsageError } from './errors.js';

/** The `@orgdir/mock` module: Prism mocks of the specs. */
export type MockModule = typeof import('@orgdir/mock');

/** Loads `@orgdir/mock`; injectable so a test can stand in for a missing package. */
export type MockLoader = () => Promise<MockModule>;

/** The command that installs the optional mocks next to the CLI. */
export const MOCK_INSTALL_COMMAND = 'npm i -D @orgdir/mock';

/** `--mock` or `orgdir mock` was asked for, but the optional `@orgdir/mock` package is not installed. */
export class MockNotInstalledError extends UsageError {
  override name = 'MockNotInstalledError';
  constructor(options?: { cause?: unknown }) {
    super(
      `--mock and \`orgdir mock\` need the optional package @orgdir/mock (Prism mocks of the specs), which is not installed: run \`${MOCK_INSTALL_COMMAND}\` (or \`npx -p @orgdir/cli -p @orgdir/mock orgdir …\`)`,
      options,
    );
  }
}

/** True when `error` says that `@orgdir/mock` itself (not one of its own imports) cannot be found. */
function isMockMissing(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  // Node: "Cannot find package '@orgdir/mock' imported from …"; a missing Prism inside it names Prism.
  return typeof message === 'string' && /Cannot find (package|module) '@orgdir\/mock'/.test(message);
}

/**
 * Imports `@orgdir/mock` on demand (only `--mock` and `orgdir mock` pay for Prism). A missing package
 * becomes a {@link MockNotInstalledError} (exit 2) naming the install command; any other failure is
 * rethrown as is.
 */
export async function loadMock(load: MockLoader = () => import('@orgdir/mock')): Promise<MockModule> {
  try {
    return await load();
  } catch (error) {
    if (isMockMissing(error)) throw new MockNotInstalledError({ cause: error });
    throw error;
  }
}
