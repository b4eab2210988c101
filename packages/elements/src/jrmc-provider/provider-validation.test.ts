// The provider forwards `validateResponses` to the client it creates. These tests run under the
// `development` export condition, so the kit's default is on here.
import { expect } from '@open-wc/testing';
import { CLIENT_DEFAULTS, isResponseValidationError, type ResponseValidator } from '@jrmc/core';
import { newAccount, until } from '../../test/support/backend.js';
import type { JrmcErrorEvent } from '../events/jrmc-events.js';
import type { JrmcProvider } from './jrmc-provider.js';

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-provider> validate-responses', () => {
  it('reads the attribute: absent follows the build, "false" switches off, anything else on', async () => {
    const provider = document.createElement('jrmc-provider');
    expect(provider.validateResponses).to.equal(undefined);
    provider.setAttribute('validate-responses', 'false');
    expect(provider.validateResponses).to.equal(false);
    provider.setAttribute('validate-responses', '');
    expect(provider.validateResponses).to.equal(true);
    expect(CLIENT_DEFAULTS.validateResponses, 'tests run with the development condition').to.equal(true);
  });

  it('hands a validator to its client: every answer goes through it', async () => {
    const account = await newAccount();
    const checked: string[] = [];
    const refuseAccounts: ResponseValidator = (operationId, body) => {
      checked.push(operationId);
      return operationId === 'getAccount' ? { valid: false, issues: [{ path: ['status'], code: 'custom', message: 'refused by the test' }] } : { valid: true, data: body };
    };
    const errors: unknown[] = [];
    const provider = document.createElement('jrmc-provider') as JrmcProvider;
    provider.addEventListener('jrmc-error', (event) => errors.push((event as JrmcErrorEvent).detail.error));
    provider.validateResponses = refuseAccounts;
    provider.baseUrl = `${location.origin}/sandbox-api`;
    provider.sessionUrl = `/test-backend/session?account=${account.accountId}`;
    document.body.append(provider);
    await until(() => errors.length > 0);
    expect(checked).to.include('getAccount');
    expect(isResponseValidationError(errors[0]), String(errors[0])).to.equal(true);
    expect(provider.context.account).to.equal(null);
  });
});
