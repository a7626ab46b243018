import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * A fresh temporary folder for the enclosing `describe` (or file), made before its tests and
 * removed after them; call the returned function inside a test for its path.
 */
export function useTempDir(prefix: string): () => string {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), prefix));
  });
  afterAll(() => (dir === undefined ? undefined : rm(dir, { recursive: true, force: true })));
  return () => {
    if (dir === undefined) throw new Error('useTempDir: the folder exists only while the tests run.');
    return dir;
  };
}

/** Writes a valid OpenAPI 3.1 document with no operations (Prism refuses to serve it) at `file`. */
export async function writeSpecWithoutOperations(file: string): Promise<string> {
  await writeFile(file, 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\n');
  return file;
}
