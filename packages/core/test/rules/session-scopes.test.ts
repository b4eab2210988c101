import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MANAGER_ONLY_SCOPES, roleAllowsScope, sessionScopesFor, type ProfileRole } from '../../src/rules/index.js';
import { ALL_SESSION_SCOPES } from '../../src/contract/index.js';
import { PROPERTY_RUNS } from './arbitraries.js';

const roleArb = fc.constantFrom<ProfileRole>('manager', 'collaborator', null);
const scopeArb = fc.constantFrom(...ALL_SESSION_SCOPES);

describe('session scopes by role', () => {
  it('worked examples: a collaborator cannot manage the account, a manager and a profile-less session can', () => {
    assert.equal(roleAllowsScope('collaborator', 'account:manage'), false);
    assert.equal(roleAllowsScope('collaborator', 'letters:write'), true);
    assert.equal(roleAllowsScope('manager', 'account:manage'), true);
    assert.equal(roleAllowsScope(null, 'account:manage'), true);
    assert.deepEqual(sessionScopesFor('collaborator', undefined, ['letters:read', 'account:manage']), { granted: ['letters:read'], refused: [] });
    assert.deepEqual(sessionScopesFor('collaborator', ['account:manage', 'letters:read'], ['letters:read', 'account:manage']), { granted: ['letters:read'], refused: ['account:manage'] });
    assert.deepEqual(sessionScopesFor('manager', undefined, ['letters:read', 'account:manage']), { granted: ['letters:read', 'account:manage'], refused: [] });
    assert.deepEqual(sessionScopesFor('manager', ['letters:read', 'letters:read'], ['letters:read']), { granted: ['letters:read'], refused: [] });
  });

  it('the contract knows the manager-only scope', () => {
    for (const scope of MANAGER_ONLY_SCOPES) assert.ok((ALL_SESSION_SCOPES as readonly string[]).includes(scope));
  });

  it('property: granted ∪ refused = asked, disjoint, granted all allowed, refused only when asked explicitly', () => {
    fc.assert(
      fc.property(roleArb, fc.option(fc.array(scopeArb, { maxLength: 12 }), { nil: undefined }), (role, requested) => {
        const { granted, refused } = sessionScopesFor(role, requested, ALL_SESSION_SCOPES);
        const asked = new Set(requested ?? ALL_SESSION_SCOPES);
        assert.equal(new Set(granted).size, granted.length, 'no duplicates');
        for (const scope of granted) assert.ok(roleAllowsScope(role, scope) && asked.has(scope));
        for (const scope of refused) assert.ok(!roleAllowsScope(role, scope) && asked.has(scope));
        if (requested === undefined) assert.deepEqual(refused, []);
        else assert.equal(granted.length + refused.length, asked.size);
        if (role !== 'collaborator') assert.deepEqual(refused, []);
        if (role === 'collaborator') for (const scope of MANAGER_ONLY_SCOPES) assert.ok(!granted.includes(scope as never));
      }),
      PROPERTY_RUNS,
    );
  });
});
