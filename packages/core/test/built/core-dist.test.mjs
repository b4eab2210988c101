// Runs against the built package (no TypeScript, no source condition), as an integrator's Node would load it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';

describe('@jrmc/core as built', () => {
  it('resolves the package entry and every subpath to dist/ with type declarations', async () => {
    assert.match(import.meta.resolve('@jrmc/core'), /\/packages\/core\/dist\/index\.js$/);
    for (const entry of ['rules', 'contract', 'client', 'letter-text']) {
      assert.match(import.meta.resolve(`@jrmc/core/${entry}`), new RegExp(`/packages/core/dist/${entry}/index\\.js$`));
    }
    for (const file of ['index.d.ts', 'rules.d.ts', 'contract.d.ts', 'client.d.ts', 'letter-text.d.ts']) assert.ok(existsSync(new URL(`../../dist/${file}`, import.meta.url)), file);
  });

  it('answers the FAQ examples from the built code', async () => {
    const core = await import('@jrmc/core');
    assert.equal(core.dispatchDate({ channel: 'lre', validatedAt: '2026-11-29T19:05:00Z' }), '2026-11-30');
    assert.equal(core.switchSendDate('2027-01-01').reachable, false);
    assert.equal(core.switchTimeline('2026-11-29').newContractStart, '2026-12-31');
    assert.throws(() => core.addMonthsLegal('2026-02-30', 1), (error) => core.isRuleInputError(error) && error.argument === 'date');
  });

  it('builds a client and validates with the contract from the built code', async () => {
    const [{ createJrmcClient, isConfigurationError }, { Letter, buildOpenApiDocument }] = await Promise.all([import('@jrmc/core'), import('@jrmc/core/contract')]);
    assert.throws(() => createJrmcClient({ apiKey: 'k' }), (error) => isConfigurationError(error) && error.option === 'baseUrl');
    assert.equal(Letter.safeParse({ service: 'termination' }).success, false);
    assert.equal(buildOpenApiDocument().openapi, '3.1.0');
  });

  it('exposes the same rule functions from the root and from the rules subpath', async () => {
    const [core, rules] = await Promise.all([import('@jrmc/core'), import('@jrmc/core/rules')]);
    for (const [name, value] of Object.entries(rules)) assert.equal(core[name], value, name);
  });
});
