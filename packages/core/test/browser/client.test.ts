import { expect } from '@open-wc/testing';
import {
  createJrmcClient,
  createMemoryReplayStore,
  dispatchDate,
  isConfigurationError,
  isRuleViolationError,
  isWebhookSignatureError,
  signWebhookForTest,
  switchSendDate,
  verifyWebhook,
} from '../../src/index.js';

const baseUrl = `${location.origin}/mock-api`;
const getToken = (): Promise<{ token: string; expiresAt: string }> => fetch(`${baseUrl}/session`).then((response) => response.json());
const requestLog = (): Promise<{ path: string; authorization: string; idempotencyKey: string | null }[]> => fetch(`${baseUrl}/log`).then((response) => response.json());

describe('@jrmc/core in Chromium', () => {
  it('refuses an API key in the browser', () => {
    let caught: unknown;
    try {
      createJrmcClient({ baseUrl, apiKey: 'sk_live_secret' });
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).to.equal(true);
  });

  it('fetches session tokens through getToken and refreshes after a 401', async () => {
    const client = createJrmcClient({ baseUrl, getToken });
    const account = await client.account.retrieve();
    expect(account.name).to.equal('Cabinet Durand');
    const log = await requestLog();
    expect(log.map((entry) => entry.authorization)).to.deep.equal(['Bearer tok_1', 'Bearer tok_2']);
  });

  it('maps a rule violation with an idempotency key on the mutation', async () => {
    const client = createJrmcClient({ baseUrl, getToken });
    let caught: unknown;
    try {
      await client.letters.send('let_1', { mode: 'now' });
    } catch (error) {
      caught = error;
    }
    expect(isRuleViolationError(caught, 'cutoff_passed')).to.equal(true);
    const log = await requestLog();
    const send = log.find((entry) => entry.path === '/v1/letters/let_1/send');
    expect(send?.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
  });

  it('verifies webhook signatures with WebCrypto', async () => {
    const payload = JSON.stringify({ id: 'evt_1', type: 'invoice.created', createdAt: '2026-12-01T00:00:00Z', accountId: 'acc_1', data: { invoice: { id: 'inv_1', number: 'F-1', month: '2026-11', issueDate: '2026-12-01', lines: [], totalExclVat: 0, vatRate: '20%', totalVat: 0, totalInclVat: 0, createdAt: '2026-12-01T00:00:00Z', downloadPath: '/x' } } });
    const header = await signWebhookForTest(payload, 'whsec_b');
    const event = await verifyWebhook(payload, header, 'whsec_b');
    expect(event.type).to.equal('invoice.created');
  });

  it('verifies raw bytes from a fetch body and refuses a replay, in the browser', async () => {
    const payload = JSON.stringify({ id: 'evt_browser_bytes', type: 'invoice.created', createdAt: '2026-12-01T00:00:00Z', accountId: 'acc_1', data: { invoice: { id: 'inv_1', number: 'F-1', month: '2026-11', issueDate: '2026-12-01', lines: [], totalExclVat: 0, vatRate: '20%', totalVat: 0, totalInclVat: 0, createdAt: '2026-12-01T00:00:00Z', downloadPath: '/x' } } }, null, 1);
    const header = await signWebhookForTest(payload, 'whsec_b');
    const bytes = await new Response(payload).arrayBuffer();
    const replayStore = createMemoryReplayStore();
    const outcomes = await Promise.allSettled([verifyWebhook(bytes, header, 'whsec_b', { replayStore }), verifyWebhook(new Uint8Array(bytes), header, 'whsec_b', { replayStore })]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled').length).to.equal(1);
    let reserialized: unknown;
    try {
      await verifyWebhook(JSON.stringify(JSON.parse(payload)), header, 'whsec_b', { replayStore: createMemoryReplayStore() });
    } catch (error) {
      reserialized = error;
    }
    expect(isWebhookSignatureError(reserialized) && reserialized.problem).to.equal('bad_signature');
  });

  it('answers the rules the same in the browser', () => {
    expect(dispatchDate({ channel: 'lre', validatedAt: '2026-11-29T19:05:00Z' })).to.equal('2026-11-30');
    expect(switchSendDate('2027-01-01').reachable).to.equal(false);
  });
});
