import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import {
  createJrmcClient,
  isInsufficientCreditError,
  isJrmcApiError,
  isJrmcError,
  isRateLimitError,
  isRuleViolationError,
  type JrmcApiError,
} from '../../src/index.js';
import { ERROR_STATUS, type ApiErrorType } from '../../src/contract/index.js';
import { BASE_URL, server } from './mock-api.js';

const CLASS_BY_TYPE: Record<ApiErrorType, string> = {
  invalid_request: 'ValidationError',
  authentication: 'AuthenticationError',
  permission: 'PermissionError',
  not_found: 'NotFoundError',
  conflict: 'ConflictError',
  insufficient_credit: 'InsufficientCreditError',
  rule_violation: 'RuleViolationError',
  rate_limit: 'RateLimitError',
  server: 'ServerError',
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  server.use(http.all(`${BASE_URL}/*`, () => (typeof body === 'string' ? new HttpResponse(body, { status, headers }) : HttpResponse.json(body as Record<string, unknown>, { status, headers }))));
}

async function failure(promise: Promise<unknown>): Promise<JrmcApiError> {
  try {
    await promise;
  } catch (error) {
    return error as JrmcApiError;
  }
  throw new Error('expected a rejection');
}

describe('error mapping', () => {
  const client = () => createJrmcClient({ baseUrl: BASE_URL, apiKey: 'sk_test', retry: { limit: 0 } });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  after(() => server.close());
  beforeEach(() => server.resetHandlers());

  for (const [type, status] of Object.entries(ERROR_STATUS) as [ApiErrorType, number][]) {
    it(`maps ${status} ${type} to ${CLASS_BY_TYPE[type]} with its context`, async () => {
      answer(status, { error: { type, code: `${type}_code`, message: `it is ${type}`, requestId: 'req_42', issues: [{ path: ['subscriber', 'siret'], code: 'custom', message: 'bad' }], data: { k: 1 } } });
      const error = await failure(client().letters.retrieve('let_1'));
      assert.equal(error.name, CLASS_BY_TYPE[type]);
      assert.ok(isJrmcError(error) && isJrmcApiError(error));
      assert.equal(error.status, status);
      assert.equal(error.type, type);
      assert.equal(error.code, `${type}_code`);
      assert.equal(error.requestId, 'req_42');
      assert.equal(error.param, 'subscriber.siret');
      assert.deepEqual(error.data, { k: 1 });
      assert.equal(error.request, 'GET /v1/letters/let_1');
      assert.match(error.message, /req_42/);
    });
  }

  it('carries the validation issues with their field paths', async () => {
    answer(400, { error: { type: 'invalid_request', code: 'validation_failed', message: 'Invalid body', requestId: 'r', issues: [{ path: ['contracts', 0, 'number'], code: 'too_small', message: 'Required' }] } });
    const error = await failure(client().letters.update('let_1', { contracts: [{ number: ' ' }] }));
    assert.deepEqual(error.issues, [{ path: ['contracts', 0, 'number'], code: 'too_small', message: 'Required' }]);
  });

  it('exposes balance, price and what is missing on insufficient credit', async () => {
    answer(402, { error: { type: 'insufficient_credit', code: 'insufficient_credit', message: 'Top up first', requestId: 'r', data: { balance: 500, price: 1788, missing: 1288 } } });
    const error = await failure(client().letters.send('let_1', { mode: 'now' }));
    assert.ok(isInsufficientCreditError(error));
    assert.equal(error.balance, 500);
    assert.equal(error.price, 1788);
    assert.equal(error.missing, 1288);
  });

  it('names the rule of a rule violation and keeps its data', async () => {
    const data = { before: { newContractStart: '2026-12-31', sendDate: '2026-11-29' }, after: { newContractStart: '2027-01-02', sendDate: '2026-11-30' } };
    answer(422, { error: { type: 'rule_violation', code: 'start_unreachable', message: 'No send date reaches 1 January', requestId: 'r', data } });
    const error = await failure(client().letters.send('let_1', { mode: 'scheduled', newContractStart: '2027-01-01' }));
    assert.equal(isRuleViolationError(error as unknown, 'cutoff_passed'), false);
    assert.ok(isRuleViolationError(error, 'start_unreachable'));
    assert.equal(error.rule, 'start_unreachable');
    assert.deepEqual(error.data, data);
  });

  it('reads Retry-After on a final 429', async () => {
    answer(429, { error: { type: 'rate_limit', code: 'rate_limited', message: 'Slow down', requestId: 'r' } }, { 'Retry-After': '7' });
    const error = await failure(client().account.retrieve());
    assert.ok(isRateLimitError(error));
    assert.equal(error.retryAfterSeconds, 7);
  });

  it('falls back on the status when a proxy answers without an envelope', async () => {
    answer(502, '<html>Bad gateway</html>', { 'Content-Type': 'text/html' });
    const error = await failure(client().account.retrieve());
    assert.equal(error.name, 'ServerError');
    assert.equal(error.code, 'http_502');
    answer(404, '');
    assert.equal((await failure(client().account.retrieve())).name, 'NotFoundError');
  });
});
