import { APIError, MIN_KEY_FRAGMENT, REDACTED } from '@orgdir/client';
import { describe, expect, it } from 'vitest';
import { snapshotFromDirectory, snapshotToJson } from '../../src/snapshot/snapshot.js';
import { person } from '../support/snapshots.js';

const KEY = 'sk-admin-very-secret-0123456789';
const TAKEN_AT = new Date('2026-10-01T00:00:00.000Z');
/** Parts of KEY long enough to be redacted: its head, a middle part and its tail. */
const FRAGMENTS = [
  KEY.slice(0, MIN_KEY_FRAGMENT),
  KEY.slice(5, 5 + MIN_KEY_FRAGMENT + 3),
  KEY.slice(-MIN_KEY_FRAGMENT),
];

/** Asserts that neither KEY nor any run of MIN_KEY_FRAGMENT characters taken from it is in `text`. */
function expectNoKeyPart(text: string): void {
  for (let start = 0; start + MIN_KEY_FRAGMENT <= KEY.length; start++) {
    expect(text).not.toContain(KEY.slice(start, start + MIN_KEY_FRAGMENT));
  }
}

describe('snapshotFromDirectory', () => {
  it('failed → failed with its error and no users, ok → complete, skipped with why, in vendor order', () => {
    const snapshot = snapshotFromDirectory({
      directory: {
        users: [person({ id: 't-1' }), person({ id: 'o-1', vendor: 'openai' })],
        vendors: [
          {
            vendor: 'openai',
            status: 'failed',
            users: 0,
            unmapped: [],
            error: new APIError({ status: 500, vendor: 'openai', message: 'boom', body: {} }),
          },
          { vendor: 'telnyx', status: 'ok', users: 1, unmapped: [{ raw: { id: 'x' }, reason: 'missing email' }] },
        ],
      },
      skipped: [{ vendor: 'flashback', reason: 'FLASHBACK_API_KEY not set' }],
      takenAt: TAKEN_AT,
    });
    expect(snapshot).toEqual({
      schemaVersion: 1,
      takenAt: '2026-10-01T00:00:00.000Z',
      vendors: [
        {
          vendor: 'telnyx',
          status: 'complete',
          users: 1,
          unmapped: [{ reason: 'missing email', record: { id: 'x' } }],
        },
        { vendor: 'flashback', status: 'skipped', users: 0, unmapped: [], error: 'FLASHBACK_API_KEY not set' },
        { vendor: 'openai', status: 'failed', users: 0, unmapped: [], error: 'openai: 500 boom' },
      ],
      // A failed vendor's users never enter the snapshot, even if a caller passed some.
      users: [person({ id: 't-1' })],
    });
  });

  it.each<[string, string]>([
    ['the whole key', KEY],
    ...FRAGMENTS.map((part): [string, string] => [`a ${part.length}-character part of it`, part]),
  ])('scrubs %s from a failed vendor error', (_name, leaked) => {
    const snapshot = snapshotFromDirectory({
      directory: {
        users: [],
        vendors: [
          {
            vendor: 'openai',
            status: 'failed',
            users: 0,
            unmapped: [],
            error: new APIError({ status: 401, vendor: 'openai', message: `bad key ${leaked}`, body: {} }),
          },
        ],
      },
      skipped: [],
      takenAt: TAKEN_AT,
      secrets: [KEY],
    });
    expect(snapshot.vendors[0]?.error).toBe(`openai: 401 bad key ${REDACTED}`);
    expectNoKeyPart(JSON.stringify(snapshot));
  });
});

describe('snapshotToJson', () => {
  it('scrubs every string of the document, vendor records included, keys and key fragments alike', () => {
    const [head, middle, tail] = FRAGMENTS;
    const text = snapshotToJson(
      {
        schemaVersion: 1,
        takenAt: TAKEN_AT.toISOString(),
        vendors: [
          { vendor: 'telnyx', status: 'complete', users: 1, unmapped: [{ reason: 'r', record: { note: KEY } }] },
        ],
        users: [
          person({
            id: 't-1',
            name: `x ${KEY} y`,
            raw: { nested: [{ token: KEY, head: `Bearer ${head}`, parts: [middle, { tail }] }] },
          }),
        ],
      },
      [KEY],
    );
    expectNoKeyPart(text);
    expect(text).toContain(`"name": "x ${REDACTED} y"`);
    expect(text).toContain(`"head": "Bearer ${REDACTED}"`);
    expect(text.endsWith('}\n')).toBe(true);
    // Still a document: the redaction replaced strings, it did not break the JSON.
    expect((JSON.parse(text) as { users: unknown[] }).users).toHaveLength(1);
  });
});
