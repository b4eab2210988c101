import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  createMemoryReplayStore,
  isConfigurationError,
  isWebhookSignatureError,
  signWebhookForTest,
  verifyWebhook,
  type WebhookReplayStore,
} from '../../src/index.js';
import { webhookEvent } from './fixtures.js';

const secret = 'whsec_test_secret';
const signedAt = new Date('2026-11-29T10:00:00Z');
const secondsAfter = (seconds: number) => new Date(signedAt.getTime() + seconds * 1000);

// Each test gets events of its own id, so the stores never see one test's claims in another.
let sequence = 0;
function freshEvent(): { event: typeof webhookEvent; payload: string } {
  sequence += 1;
  const event = { ...webhookEvent, id: `evt_test_${sequence}` };
  // Pretty-printed on purpose: the bytes differ from what JSON.stringify(JSON.parse(...)) gives back.
  return { event, payload: JSON.stringify(event, null, 2) };
}

const problem = (expected: string) => (error: unknown) => isWebhookSignatureError(error) && error.problem === expected;
const badTolerance = (error: unknown) => isConfigurationError(error) && error.option === 'toleranceSeconds';

describe('verifyWebhook: signatures over the raw bytes', () => {
  it('accepts a valid delivery and returns the typed event', async () => {
    const { event, payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    assert.match(header, new RegExp(`^t=${signedAt.getTime() / 1000},v1=[0-9a-f]{64}$`));
    const verified = await verifyWebhook(payload, header, secret, { now: secondsAfter(60), replayStore: createMemoryReplayStore() });
    assert.equal(verified.type, 'letter.signed');
    assert.deepEqual(verified, event);
  });

  it('verifies the same delivery given as a string, a Uint8Array or an ArrayBuffer', async () => {
    const { payload } = freshEvent();
    const bytes = new TextEncoder().encode(payload);
    const header = await signWebhookForTest(bytes, secret, { timestamp: signedAt });
    assert.equal(header, await signWebhookForTest(payload, secret, { timestamp: signedAt }), 'signing text and its UTF-8 bytes agree');
    for (const form of [payload, bytes, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)]) {
      // a fresh store each time: otherwise the second form would (rightly) be a replay
      const verified = await verifyWebhook(form, header, secret, { now: signedAt, replayStore: createMemoryReplayStore() });
      assert.equal(verified.type, 'letter.signed');
    }
  });

  it('refuses the same JSON serialized again (the bytes changed)', async () => {
    const { payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    const reserialized = JSON.stringify(JSON.parse(payload));
    assert.notEqual(reserialized, payload);
    await assert.rejects(verifyWebhook(reserialized, header, secret, { now: signedAt }), problem('bad_signature'));
  });

  it('refuses any single tampered byte, anywhere in the body', async () => {
    const { payload } = freshEvent();
    const bytes = new TextEncoder().encode(payload);
    const header = await signWebhookForTest(bytes, secret, { timestamp: signedAt });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (index, flip) => {
        const tampered = bytes.slice();
        tampered[index] = tampered[index]! ^ flip;
        await assert.rejects(verifyWebhook(tampered, header, secret, { now: signedAt, replayStore: createMemoryReplayStore() }), problem('bad_signature'));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a wrong secret, a forged signature and a changed timestamp', async () => {
    const { payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    await assert.rejects(verifyWebhook(payload, header, 'whsec_other', { now: signedAt }), problem('bad_signature'));
    await assert.rejects(verifyWebhook(payload, header.replace(/v1=./, (match) => (match.endsWith('0') ? 'v1=1' : 'v1=0')), secret, { now: signedAt }), problem('bad_signature'));
    await assert.rejects(verifyWebhook(payload, header.replace(/t=\d+/, `t=${signedAt.getTime() / 1000 + 1}`), secret, { now: signedAt }), problem('bad_signature'));
  });

  it('refuses an empty secret, to sign or to verify', async () => {
    const { payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    await assert.rejects(verifyWebhook(payload, header, '', { now: signedAt }), problem('empty_secret'));
    await assert.rejects(signWebhookForTest(payload, ''), problem('empty_secret'));
  });

  it('refuses a missing or malformed header, and a signed payload that is not an event', async () => {
    const { payload } = freshEvent();
    await assert.rejects(verifyWebhook(payload, undefined, secret), problem('malformed_header'));
    await assert.rejects(verifyWebhook(payload, 'v1=abc', secret), problem('malformed_header'));
    await assert.rejects(verifyWebhook(payload, `t=12.5,v1=${'a'.repeat(64)}`, secret), problem('malformed_header'));
    const notAnEvent = JSON.stringify({ hello: 'world' });
    const header = await signWebhookForTest(notAnEvent, secret, { timestamp: signedAt });
    await assert.rejects(verifyWebhook(notAnEvent, header, secret, { now: signedAt }), problem('invalid_payload'));
    const notUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    await assert.rejects(verifyWebhook(notUtf8, await signWebhookForTest(notUtf8, secret, { timestamp: signedAt }), secret, { now: signedAt }), problem('invalid_payload'));
  });
});

describe('verifyWebhook: time tolerance', () => {
  it('accepts up to 300 s either way by default, and refuses stale and future signatures beyond', async () => {
    const { payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    await verifyWebhook(payload, header, secret, { now: secondsAfter(300), replayStore: createMemoryReplayStore() });
    await verifyWebhook(payload, header, secret, { now: secondsAfter(-300), replayStore: createMemoryReplayStore() });
    await assert.rejects(verifyWebhook(payload, header, secret, { now: secondsAfter(301) }), problem('stale'));
    await assert.rejects(verifyWebhook(payload, header, secret, { now: secondsAfter(-301) }), problem('stale'));
    await assert.rejects(verifyWebhook(payload, header, secret, { now: secondsAfter(60), toleranceSeconds: 30 }), problem('stale'));
  });

  it('accepts exactly the deliveries whose age is within the tolerance, for any tolerance and age', async () => {
    const { payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10 ** 7 }), fc.integer({ min: -(10 ** 7), max: 10 ** 7 }), async (toleranceSeconds, age) => {
        const verification = verifyWebhook(payload, header, secret, { now: secondsAfter(age), toleranceSeconds, replayStore: createMemoryReplayStore() });
        if (Math.abs(age) <= toleranceSeconds) assert.equal((await verification).type, 'letter.signed');
        else await assert.rejects(verification, problem('stale'));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a tolerance that is NaN, negative or infinite with a typed error naming the option', async () => {
    const { payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    for (const toleranceSeconds of [Number.NaN, -1, -0.5, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      await assert.rejects(verifyWebhook(payload, header, secret, { now: signedAt, toleranceSeconds }), badTolerance, `tolerance ${toleranceSeconds}`);
    }
    await assert.rejects(verifyWebhook(payload, header, secret, { toleranceSeconds: Number.NaN }), /toleranceSeconds: expected a finite number of seconds ≥ 0, got NaN/);
  });
});

describe('verifyWebhook: replay protection', () => {
  it('refuses a replayed delivery, even re-signed later, with an explicit store', async () => {
    const { payload } = freshEvent();
    const replayStore = createMemoryReplayStore();
    await verifyWebhook(payload, await signWebhookForTest(payload, secret, { timestamp: signedAt }), secret, { now: signedAt, replayStore });
    await assert.rejects(verifyWebhook(payload, await signWebhookForTest(payload, secret, { timestamp: signedAt }), secret, { now: signedAt, replayStore }), problem('replayed'));
    await assert.rejects(verifyWebhook(payload, await signWebhookForTest(payload, secret, { timestamp: secondsAfter(60) }), secret, { now: secondsAfter(60), replayStore }), problem('replayed'));
  });

  it('protects by default, with the shared in-process store', async () => {
    const { payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    await verifyWebhook(payload, header, secret, { now: signedAt });
    await assert.rejects(verifyWebhook(payload, header, secret, { now: signedAt }), problem('replayed'));
  });

  it('lets exactly one of two concurrent verifications of the same event succeed', async () => {
    const { payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    // an asynchronous store (as a Redis SET NX would be) and the default synchronous one
    const claimed = new Set<string>();
    const asyncStore: WebhookReplayStore = {
      async claim(eventId) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (claimed.has(eventId)) return false;
        claimed.add(eventId);
        return true;
      },
    };
    for (const replayStore of [createMemoryReplayStore(), asyncStore, undefined]) {
      const outcomes = await Promise.allSettled([
        verifyWebhook(payload, header, secret, { now: signedAt, replayStore }),
        verifyWebhook(new TextEncoder().encode(payload), header, secret, { now: signedAt, replayStore }),
      ]);
      assert.equal(outcomes.filter((outcome) => outcome.status === 'fulfilled').length, 1);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
      assert.ok(problem('replayed')(refused.reason));
    }
  });

  it('asks the store to keep a claim until the signature itself would be stale', async () => {
    const { event, payload } = freshEvent();
    const asked: Array<{ eventId: string; expiresAt: string; now: string }> = [];
    const replayStore: WebhookReplayStore = {
      claim(eventId, context) {
        asked.push({ eventId, expiresAt: context.expiresAt.toISOString(), now: context.now.toISOString() });
        return true;
      },
    };
    await verifyWebhook(payload, await signWebhookForTest(payload, secret, { timestamp: signedAt }), secret, { now: secondsAfter(10), toleranceSeconds: 120, replayStore });
    assert.deepEqual(asked, [{ eventId: event.id, expiresAt: '2026-11-29T10:02:00.000Z', now: '2026-11-29T10:00:10.000Z' }]);
  });

  it('refuses a store whose claim does not answer a boolean, rather than trusting a truthy value', async () => {
    const { payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    const sloppyStore = { claim: async () => 'OK' as unknown as boolean };
    await assert.rejects(verifyWebhook(payload, header, secret, { now: signedAt, replayStore: sloppyStore }), (error) => isConfigurationError(error) && error.option === 'replayStore');
  });

  it('never claims a delivery that failed verification', async () => {
    const { payload } = freshEvent();
    const replayStore = createMemoryReplayStore();
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    await assert.rejects(verifyWebhook(payload, header, 'whsec_wrong', { now: signedAt, replayStore }), problem('bad_signature'));
    await assert.rejects(verifyWebhook(payload, header, secret, { now: secondsAfter(1000), replayStore }), problem('stale'));
    assert.equal(replayStore.size, 0);
    await verifyWebhook(payload, header, secret, { now: signedAt, replayStore });
  });
});

describe('createMemoryReplayStore', () => {
  it('forgets claims once expired, so memory stays bounded', () => {
    const store = createMemoryReplayStore();
    const now = new Date('2026-11-29T10:00:00Z');
    for (let index = 0; index < 1000; index += 1) assert.equal(store.claim(`evt_${index}`, { now, expiresAt: new Date(now.getTime() + 300_000) }), true);
    assert.equal(store.size, 1000);
    assert.equal(store.claim('evt_1', { now, expiresAt: new Date(now.getTime() + 300_000) }), false);
    const later = new Date(now.getTime() + 301_000);
    assert.equal(store.claim('evt_new', { now: later, expiresAt: new Date(later.getTime() + 300_000) }), true);
    assert.equal(store.size, 1, 'every expired claim was swept');
    assert.equal(store.claim('evt_1', { now: later, expiresAt: new Date(later.getTime() + 300_000) }), true);
  });

  it('caps a burst at maxEntries, forgetting the oldest first, and refuses a nonsense cap', () => {
    const store = createMemoryReplayStore({ maxEntries: 3 });
    const now = new Date('2026-11-29T10:00:00Z');
    const context = { now, expiresAt: new Date(now.getTime() + 300_000) };
    for (const id of ['a', 'b', 'c', 'd']) store.claim(id, context);
    assert.equal(store.size, 3);
    assert.equal(store.claim('a', context), true, 'the oldest was forgotten');
    assert.equal(store.claim('d', context), false);
    assert.throws(() => createMemoryReplayStore({ maxEntries: 0 }), RangeError);
  });

  it('answers true exactly once per event id, whatever the sequence of claims', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5'), { maxLength: 60 }), (ids) => {
        const store = createMemoryReplayStore();
        const now = new Date('2026-11-29T10:00:00Z');
        const wins = ids.filter((id) => store.claim(id, { now, expiresAt: new Date(now.getTime() + 1000) }));
        assert.deepEqual(wins, [...new Set(ids)]);
      }),
    );
  });

  it('release lets a retry of an unprocessed delivery through', () => {
    const store = createMemoryReplayStore();
    const now = new Date('2026-11-29T10:00:00Z');
    const context = { now, expiresAt: new Date(now.getTime() + 300_000) };
    assert.equal(store.claim('evt_x', context), true);
    store.release('evt_x');
    assert.equal(store.claim('evt_x', context), true);
  });
});

describe('a webhook handler behind msw', () => {
  // The handler reads the raw bytes, as a real endpoint must, and answers 200 / 400 like the guide shows.
  const received: string[] = [];
  const replayStore = createMemoryReplayStore();
  const server = setupServer(
    http.post('https://crm.example/hooks/jrmc', async ({ request }) => {
      try {
        const event = await verifyWebhook(await request.arrayBuffer(), request.headers.get('JRMC-Signature'), secret, { replayStore });
        received.push(event.id);
        return new HttpResponse(null, { status: 200 });
      } catch (error) {
        if (isWebhookSignatureError(error) && error.problem === 'replayed') return new HttpResponse(null, { status: 200 });
        return HttpResponse.text(isWebhookSignatureError(error) ? error.problem : 'error', { status: 400 });
      }
    }),
  );
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());

  const deliver = async (body: string, header: string) => {
    const response = await fetch('https://crm.example/hooks/jrmc', { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'JRMC-Signature': header } });
    return { status: response.status, text: await response.text() };
  };

  it('accepts a signed delivery once, acknowledges its replay without processing it, and refuses a forgery', async () => {
    const { event, payload } = freshEvent();
    const header = await signWebhookForTest(payload, secret);
    assert.deepEqual(await deliver(payload, header), { status: 200, text: '' });
    assert.deepEqual(await deliver(payload, header), { status: 200, text: '' });
    assert.deepEqual(received, [event.id]);
    assert.deepEqual(await deliver(payload.replace('"letter.signed"', '"letter.expired"'), header), { status: 400, text: 'bad_signature' });
    const stale = await signWebhookForTest(payload, secret, { timestamp: new Date(Date.now() - 3_600_000) });
    assert.deepEqual(await deliver(payload, stale), { status: 400, text: 'stale' });
  });
});
