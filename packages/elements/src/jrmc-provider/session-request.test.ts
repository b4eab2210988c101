import { expect } from '@open-wc/testing';
import { newAccount, until } from '../../test/support/backend.js';
import type { JrmcProvider } from './jrmc-provider.js';
import { requestSessionToken } from './session-request.js';

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-provider> session request', () => {
  it('sends the CSRF header it is given: a guarded session endpoint answers and the account loads', async () => {
    const account = await newAccount();
    const provider = document.createElement('jrmc-provider') as JrmcProvider;
    let asked = 0;
    provider.sessionRequest = { headers: () => ((asked += 1), { 'X-CSRF-Token': `csrf-${account.accountId}` }) };
    provider.baseUrl = `${location.origin}/sandbox-api`;
    provider.sessionUrl = `/test-backend/session-csrf?account=${account.accountId}`;
    document.body.append(provider);
    await until(() => provider.context.account !== null);
    expect(provider.context.account!.id).to.equal(account.accountId);
    expect(asked).to.be.at.least(1, 'headers are read at each token request');
  });

  it('without the CSRF header the same endpoint refuses, and the provider reports it', async () => {
    const account = await newAccount();
    const provider = document.createElement('jrmc-provider') as JrmcProvider;
    const errors: string[] = [];
    provider.addEventListener('jrmc-error', (event) => errors.push(event.detail.message));
    provider.baseUrl = `${location.origin}/sandbox-api`;
    provider.sessionUrl = `/test-backend/session-csrf?account=${account.accountId}`;
    document.body.append(provider);
    await until(() => errors.length > 0);
    expect(provider.context.account).to.equal(null);
  });

  it('passes credentials and keeps a caller’s Accept header', async () => {
    const seen: RequestInit[] = [];
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      seen.push(init);
      return new Response(JSON.stringify({ token: 't', expiresAt: '2030-01-01T00:00:00Z' }), { status: 200 });
    }) as unknown as typeof fetch;
    const result = await requestSessionToken('/s', { credentials: 'include', headers: { Accept: 'application/vnd.x+json', 'X-CSRF-Token': 'abc' } }, fakeFetch);
    expect(result.token).to.equal('t');
    const headers = new Headers(seen[0]!.headers);
    expect(seen[0]!.credentials).to.equal('include');
    expect(headers.get('accept')).to.equal('application/vnd.x+json');
    expect(headers.get('x-csrf-token')).to.equal('abc');
    await requestSessionToken('/s', {}, fakeFetch);
    expect(seen[1]!.credentials).to.equal('same-origin');
    expect(new Headers(seen[1]!.headers).get('accept')).to.equal('application/json');
  });

  it('a refusal is an error naming the status', async () => {
    const refusing = (async () => new Response('{}', { status: 403 })) as unknown as typeof fetch;
    let failure: unknown = null;
    await requestSessionToken('/s', {}, refusing).catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('403');
  });
});
