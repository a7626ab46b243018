// Worker-thread entry: starts the server described by workerData and reports its base URL.
import { parentPort, workerData } from 'node:worker_threads';
import { type Handler, listen } from './http.js';
import type { ServerSpec } from './index.js';
import { openaiHandler } from './openai-server.js';
import { telnyxHandler } from './telnyx-server.js';

const spec = workerData as ServerSpec;
let handler: Handler;
switch (spec.vendor) {
  case 'telnyx':
    handler = telnyxHandler(spec.options);
    break;
  case 'openai':
    handler = openaiHandler(spec.options);
    break;
  default:
    throw new Error(`unknown vendor ${(spec as { vendor: string }).vendor}`);
}
const server = await listen(handler);
parentPort?.on('message', (m: unknown) => {
  if (m === 'close') void server.close().then(() => parentPort?.close());
});
parentPort?.postMessage({ baseUrl: server.baseUrl });
