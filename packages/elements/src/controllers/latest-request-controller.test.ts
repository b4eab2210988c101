import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LatestRequestController } from './latest-request-controller.js';

/** A request the test answers by hand, seeing whether it was aborted. */
interface Asked {
  key: string;
  signal: AbortSignal;
  answer: (value: string) => void;
  fail: (error: unknown) => void;
}

class RequestHost extends LitElement {
  key = '';
  readonly asked: Asked[] = [];
  /** What the callbacks were told, in order. */
  readonly told: string[] = [];
  readonly request = new LatestRequestController<string>(this, {
    key: () => this.key,
    run: (signal) => new Promise<string>((answer, fail) => this.asked.push({ key: this.key, signal, answer, fail })),
    onValue: (value) => this.told.push(`value ${value}`),
    onError: (error) => this.told.push(`error ${(error as Error).message}`),
  });
}
customElements.define('latest-request-host', RequestHost);

async function hostWith(key: string): Promise<RequestHost> {
  const host = document.createElement('latest-request-host') as RequestHost;
  host.key = key;
  document.body.append(host);
  await host.updateComplete;
  return host;
}

async function rekey(host: RequestHost, key: string): Promise<void> {
  host.key = key;
  host.requestUpdate();
  await host.updateComplete;
}

const settled = async (host: RequestHost) => {
  await Promise.resolve();
  await host.updateComplete;
};

afterEach(() => document.querySelectorAll('latest-request-host').forEach((host) => host.remove()));

describe('LatestRequestController', () => {
  it('asks nothing while the key is empty, then once per key however often the host updates', async () => {
    const host = await hostWith('');
    expect(host.asked.length).to.equal(0);
    expect(host.request.pending).to.equal(false);
    await rekey(host, 'a');
    await rekey(host, 'a');
    expect(host.asked.map((asked) => asked.key)).to.deep.equal(['a']);
    expect(host.request.pending).to.equal(true);
    host.asked[0]!.answer('A');
    await settled(host);
    expect([host.request.value, host.request.pending, host.request.error]).to.deep.equal(['A', false, undefined]);
  });

  it('aborts the previous request for a new key and ignores its late answer', async () => {
    const host = await hostWith('a');
    await rekey(host, 'b');
    const [first, second] = host.asked;
    expect(first!.signal.aborted).to.equal(true);
    expect(second!.signal.aborted).to.equal(false);
    expect(host.request.value).to.equal(null, 'no value of the key left behind');
    first!.answer('A');
    await settled(host);
    expect(host.request.pending).to.equal(true, 'still waiting for b');
    second!.answer('B');
    await settled(host);
    expect(host.request.value).to.equal('B');
  });

  it('keeps why the request failed, and clears it for the next key', async () => {
    const host = await hostWith('a');
    const refused = new Error('refused');
    host.asked[0]!.fail(refused);
    await settled(host);
    expect([host.request.value, host.request.pending, host.request.error]).to.deep.equal([null, false, refused]);
    await rekey(host, '');
    expect([host.request.pending, host.request.error]).to.deep.equal([false, undefined]);
  });

  it('aborts when the host leaves the page and asks again when it comes back', async () => {
    const host = await hostWith('a');
    host.remove();
    expect(host.asked[0]!.signal.aborted).to.equal(true);
    document.body.append(host);
    host.requestUpdate();
    await host.updateComplete;
    expect(host.asked.map((asked) => asked.key)).to.deep.equal(['a', 'a']);
  });

  it('tells the current answer or failure, never a superseded one', async () => {
    const host = await hostWith('a');
    await rekey(host, 'b');
    host.asked[0]!.answer('A');
    host.asked[0]!.fail(new Error('late'));
    await settled(host);
    host.asked[1]!.fail(new Error('refused'));
    await settled(host);
    await rekey(host, 'c');
    host.asked[2]!.answer('C');
    await settled(host);
    expect(host.told).to.deep.equal(['error refused', 'value C']);
  });

  it('keeps the last answer as lastValue while a newer key loads, and drops it when nothing is asked', async () => {
    const host = await hostWith('a');
    host.asked[0]!.answer('A');
    await settled(host);
    await rekey(host, 'b');
    expect([host.request.value, host.request.lastValue, host.request.pending]).to.deep.equal([null, 'A', true]);
    host.asked[1]!.fail(new Error('refused'));
    await settled(host);
    expect(host.request.lastValue).to.equal('A', 'a failure does not erase what was shown');
    await rekey(host, '');
    expect(host.request.lastValue).to.equal(null);
  });
});
