import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWebhookSignatureError, signWebhookForTest, verifyWebhook } from '../../src/index.js';
import { webhookEvent } from './fixtures.js';

const secret = 'whsec_test_secret';
const payload = JSON.stringify(webhookEvent);
const signedAt = new Date('2026-11-29T10:00:00Z');

const problem = (expected: string) => (error: unknown) => isWebhookSignatureError(error) && error.problem === expected;

describe('webhook signatures', () => {
  it('accepts a valid delivery and returns the typed event', async () => {
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
    const event = await verifyWebhook(payload, header, secret, { now: new Date(signedAt.getTime() + 60_000) });
    assert.equal(event.type, 'letter.signed');
    assert.deepEqual(event, webhookEvent);
    // bytes work as well as text
    assert.deepEqual(await verifyWebhook(new TextEncoder().encode(payload), header, secret, { now: signedAt }), webhookEvent);
  });

  it('refuses a tampered body, a wrong secret or a forged signature', async () => {
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    await assert.rejects(verifyWebhook(payload.replace('letter.signed', 'letter.refused'), header, secret, { now: signedAt }), problem('bad_signature'));
    await assert.rejects(verifyWebhook(payload, header, 'whsec_other', { now: signedAt }), problem('bad_signature'));
    await assert.rejects(verifyWebhook(payload, header.replace(/v1=./, 'v1=0'), secret, { now: signedAt }), problem('bad_signature'));
  });

  it('refuses a stale signature, by default after 300 s', async () => {
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    await verifyWebhook(payload, header, secret, { now: new Date(signedAt.getTime() + 300_000) });
    await assert.rejects(verifyWebhook(payload, header, secret, { now: new Date(signedAt.getTime() + 301_000) }), problem('stale'));
    await assert.rejects(verifyWebhook(payload, header, secret, { now: new Date(signedAt.getTime() + 60_000), toleranceSeconds: 30 }), problem('stale'));
  });

  it('refuses a replayed delivery when given a memory of accepted ones', async () => {
    const header = await signWebhookForTest(payload, secret, { timestamp: signedAt });
    const seen = new Set<string>();
    await verifyWebhook(payload, header, secret, { now: signedAt, seen });
    await assert.rejects(verifyWebhook(payload, header, secret, { now: signedAt, seen }), problem('replayed'));
  });

  it('refuses a missing or malformed header, and a payload that is not an event', async () => {
    await assert.rejects(verifyWebhook(payload, undefined, secret), problem('malformed_header'));
    await assert.rejects(verifyWebhook(payload, 'v1=abc', secret), problem('malformed_header'));
    const notAnEvent = JSON.stringify({ hello: 'world' });
    const header = await signWebhookForTest(notAnEvent, secret, { timestamp: signedAt });
    await assert.rejects(verifyWebhook(notAnEvent, header, secret, { now: signedAt }), problem('invalid_payload'));
  });
});
