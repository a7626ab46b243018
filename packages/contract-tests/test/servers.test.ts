import { createFlashbackClient, createOpenAIClient, createTelnyxClient, type Vendor } from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../src/spec.js';

const clients: Array<[Vendor, (options: { apiKey: string }) => { baseUrl: string }]> = [
  ['telnyx', createTelnyxClient],
  ['flashback', createFlashbackClient],
  ['openai', createOpenAIClient],
];

describe('servers', () => {
  it.each(clients)("%s: the client's default base URL is the spec's servers[0].url", async (vendor, create) => {
    const spec = await loadSpec(vendor);
    expect(spec.serverUrl, `specs/${vendor}.yaml declares servers[0].url`).toBeDefined();
    expect(
      create({ apiKey: 'test-key' }).baseUrl,
      `${vendor}: default base URL vs servers[0].url of ${spec.file}`,
    ).toBe(spec.serverUrl);
  });
});
