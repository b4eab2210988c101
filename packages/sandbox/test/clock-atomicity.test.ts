import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeDraft, startTestSandbox, type TestSandbox } from './helpers.js';

/** Everything an advance could change, read through the API. */
async function observable(sandbox: TestSandbox): Promise<string> {
  const get = async (path: string) => (await fetch(`${sandbox.url}${path}`, { headers: { Authorization: `Bearer ${sandbox.apiKey}` } })).json();
  const letters = (await get('/v1/letters?limit=100')) as { data: { id: string }[] };
  const timelines = await Promise.all(letters.data.map(async (letter) => [await get(`/v1/letters/${letter.id}`), await get(`/v1/letters/${letter.id}/events`), await get(`/v1/letters/${letter.id}/proofs`)]));
  return JSON.stringify({ clock: await get('/v1/sandbox/clock'), credit: await get('/v1/credit'), invoices: await get('/v1/invoices'), events: await get('/v1/events?limit=100'), timelines });
}

describe('a failed clock advance changes nothing', () => {
  it('whichever step fails, the clock, the ledger and the letters stay exactly as before; the sandbox keeps serving', { timeout: 120_000 }, async () => {
    let failAt: number | null = null;
    const sandbox = await startTestSandbox({
      startAt: new Date('2026-12-01T09:00:00Z'),
      server: {
        beforeHappening: (_accountId, index) => {
          if (index === failAt) throw new Error(`injected failure at step ${index}`);
        },
      },
    });
    try {
      const { client } = sandbox;
      for (const [index, day] of ['2026-12-03', '2026-12-08', '2026-12-15'].entries()) {
        const draft = await completeDraft(client, { reason: 'custom', customReasonText: 'Départ', contracts: [{ number: `ATOM-${index}` }], withAcknowledgement: index === 1 });
        await client.letters.send(draft.id, { mode: 'scheduled', scheduledDate: day, withAcknowledgement: index === 1 });
      }
      const before = await observable(sandbox);
      // Deposits, pick-ups, signatures and the January invoice: well over six steps by 10 January.
      for (const step of [0, 1, 3, 6]) {
        failAt = step;
        const response = await fetch(`${sandbox.url}/v1/sandbox/clock`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${sandbox.apiKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ to: '2027-01-10T09:00:00Z' }),
        });
        assert.ok(response.status >= 400, `the failed advance answers an error (step ${step}), got ${response.status}`);
        assert.equal(await observable(sandbox), before, `nothing moved after a failure at step ${step}`);
      }
      failAt = null;
      const advanced = await client.sandbox.advanceClock({ to: '2027-01-10T09:00:00Z' });
      assert.equal(advanced.now, '2027-01-10T09:00:00.000Z');
      assert.ok(advanced.ran > 6, `the whole run happened once the failure was gone (${advanced.ran} steps)`);
      const letters = await client.letters.list().toArray();
      assert.deepEqual(letters.map((letter) => letter.status).sort(), ['picked_up', 'picked_up', 'signed']);
      for (const letter of letters) {
        const kinds = (await client.letters.proofs(letter.id)).data.map((proof) => proof.kind);
        assert.ok(kinds.includes('deposit') && kinds.includes('letter'), `${letter.id} has its PDF and deposit proof`);
      }
      assert.equal((await client.invoices.list().toArray()).length, 1, 'the December invoice, once');
    } finally {
      await sandbox.close();
    }
  });
});
