import { Worker } from 'node:worker_threads';
import type { RunningServer } from './http.js';
import type { OpenAIServerOptions } from './openai-server.js';
import type { TelnyxServerOptions } from './telnyx-server.js';

/** Which fake server to start, and how it behaves. */
export type ServerSpec =
  | { vendor: 'telnyx'; options: TelnyxServerOptions }
  | { vendor: 'openai'; options: OpenAIServerOptions };

/**
 * Starts a fake vendor server in its own worker thread, so that building and serialising pages
 * never competes with the client under test for the main event loop.
 */
export async function startServer(spec: ServerSpec): Promise<RunningServer> {
  const worker = new Worker(new URL('./server-worker.js', import.meta.url), { workerData: spec });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    worker.once('message', (m: { baseUrl: string }) => resolve(m.baseUrl));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`server worker exited early with code ${code}`)));
  });
  return {
    baseUrl,
    close: async () => {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      await exited;
    },
  };
}
