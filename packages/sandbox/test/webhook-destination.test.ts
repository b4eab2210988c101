import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkWebhookDestination, classifyAddress } from '../src/services/webhook-destination.js';
import { completeDraft, startTestSandbox } from './helpers.js';

const refusedCode = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    // The typed error names the field and the reason.
    const issue = (error as { extra?: { issues?: { path: string[]; code: string }[] } }).extra?.issues?.[0];
    return issue ? `${issue.path.join('.')}:${issue.code}` : (error as Error).message;
  }
};

describe('webhook destinations: every resolved address is checked', () => {
  it('classifies addresses (worked examples)', () => {
    const examples: [string, string][] = [
      ['93.184.216.34', 'public'],
      ['8.8.8.8', 'public'],
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['::1', 'loopback'],
      ['169.254.169.254', 'forbidden'],
      ['10.1.2.3', 'forbidden'],
      ['172.16.0.1', 'forbidden'],
      ['172.31.255.255', 'forbidden'],
      ['172.32.0.1', 'public'],
      ['192.168.0.10', 'forbidden'],
      ['100.64.0.1', 'forbidden'],
      ['0.0.0.0', 'forbidden'],
      ['224.0.0.1', 'forbidden'],
      ['::', 'forbidden'],
      ['fe80::1', 'forbidden'],
      ['fd12:3456::1', 'forbidden'],
      ['ff02::1', 'forbidden'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['::ffff:a9fe:a9fe', 'forbidden'],
      ['::ffff:10.0.0.1', 'forbidden'],
      ['64:ff9b::a00:1', 'forbidden'],
      ['2606:4700::1111', 'public'],
      ['not-an-ip', 'forbidden'],
    ];
    for (const [address, expected] of examples) assert.equal(classifyAddress(address), expected, address);
  });

  it('an IPv4 address and its IPv4-mapped IPv6 forms are classified alike, for any address', () => {
    fc.assert(
      fc.property(fc.ipV4(), (v4) => {
        const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
        const hex = `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
        const kind = classifyAddress(v4);
        assert.equal(classifyAddress(`::ffff:${v4}`), kind);
        assert.equal(classifyAddress(hex), kind);
        // Ranges stated independently of the classifier's own branches.
        if (a === 10 || (a === 192 && b === 168) || (a === 169 && b === 254)) assert.equal(kind, 'forbidden');
        if (a === 127) assert.equal(kind, 'loopback');
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses literal hosts in every spelling (decimal, octal, hex, IPv4-mapped v6); loopback only with the flag', async () => {
    const loopbacks = ['http://2130706433/hook', 'http://0177.0.0.1/hook', 'http://0x7f.1/hook', 'http://[::1]:9/hook', 'http://127.1/hook'];
    const privates = ['http://10.0.0.1/hook', 'http://167772161/hook', 'http://012.0.0.1/hook', 'http://[fd00::1]/hook', 'http://192.168.1.1/hook', 'http://[::ffff:192.168.1.1]/hook', 'http://[::ffff:a9fe:a9fe]/latest', 'http://[::ffff:127.0.0.1]/hook' /* mapped loopback: never needed locally, always refused */];
    for (const url of loopbacks) {
      assert.equal(await refusedCode(checkWebhookDestination(url, { allowLoopback: false })), 'url:forbidden_url', url);
      assert.equal(await refusedCode(checkWebhookDestination(url, { allowLoopback: true })), 'accepted', url);
    }
    for (const url of privates) assert.equal(await refusedCode(checkWebhookDestination(url, { allowLoopback: true })), 'url:forbidden_url', url);
  });

  it('resolves names for real: localhost and this machine’s name resolve to loopback and are refused without the flag', async () => {
    for (const host of ['localhost', hostname()]) {
      assert.equal(await refusedCode(checkWebhookDestination(`http://${host}:9/hook`, { allowLoopback: false })), 'url:forbidden_url', host);
    }
    assert.equal(await refusedCode(checkWebhookDestination('http://localhost:9/hook', { allowLoopback: true })), 'accepted');
  });

  it('refuses a name when ANY of its addresses is private', async () => {
    const lookup = async () => [{ address: '93.184.216.34' }, { address: '10.0.0.7' }];
    assert.equal(await refusedCode(checkWebhookDestination('https://mixed.example/hook', { allowLoopback: true, lookup })), 'url:forbidden_url');
  });

  it('checks again at delivery: a name rebound to a private address after registration gets no request', async () => {
    let address = '93.184.216.34';
    const sent: string[] = [];
    const sandbox = await startTestSandbox({
      server: {
        lookupHost: async () => [{ address }],
        fetch: async (input) => {
          sent.push(String(input));
          return new Response(null, { status: 200 });
        },
      },
    });
    try {
      const headers = { Authorization: `Bearer ${sandbox.apiKey}`, 'Content-Type': 'application/json' };
      const created = await fetch(`${sandbox.url}/v1/webhook-endpoints`, { method: 'POST', headers, body: JSON.stringify({ url: 'https://rebind.example/hook', events: ['letter.sent'] }) });
      assert.equal(created.status, 201, 'a public address is accepted at registration');
      const endpoint = (await created.json()) as { id: string };
      address = '10.0.0.5';
      const draft = await completeDraft(sandbox.client, { reason: 'custom', customReasonText: 'Départ' });
      await sandbox.client.letters.send(draft.id, { mode: 'now' });
      await sandbox.sandbox.settleWebhooks();
      assert.deepEqual(sent, [], 'no request left for the rebound name');
      const deliveries = (await (await fetch(`${sandbox.url}/v1/webhook-endpoints/${endpoint.id}/deliveries`, { headers })).json()) as { data: { responseStatus: number | null; status: string }[] };
      assert.ok(deliveries.data.length > 0 && deliveries.data.every((delivery) => delivery.responseStatus === null && delivery.status !== 'succeeded'), JSON.stringify(deliveries.data));
      // Registering the rebound name now is refused outright.
      const again = await fetch(`${sandbox.url}/v1/webhook-endpoints`, { method: 'POST', headers, body: JSON.stringify({ url: 'https://rebind.example/hook' }) });
      assert.equal(again.status, 400);
    } finally {
      await sandbox.close();
    }
  });
});
