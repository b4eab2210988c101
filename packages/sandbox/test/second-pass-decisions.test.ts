// One test per decision of the domain's second pass that concerns termination letters, run end to end through the
// sandbox's HTTP API with the typed client: the sandbox enforces what core decides, with the same codes and dates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isJrmcApiError, isRuleViolationError } from '@jrmc/core';
import { createAccount } from '../src/index.js';
import { completeDraft, martin, startTestSandbox, type TestSandbox } from './helpers.js';
import { onePagePdfBase64 } from './pdf-samples.js';

async function withSandbox(startAt: Date, run: (sandbox: TestSandbox) => Promise<void>, account: Parameters<typeof startTestSandbox>[0] = {}): Promise<void> {
  const sandbox = await startTestSandbox({ startAt, ...account });
  try {
    await run(sandbox);
  } finally {
    await sandbox.close();
  }
}

/** A rule refusal with this code whose data names the date that would have worked. */
const refusedWith = (code: string, date: string) => (error: unknown) => {
  assert.ok(isRuleViolationError(error), String(error));
  assert.equal(error.code, code, error.message);
  assert.equal(error.data.date, date, JSON.stringify(error.data));
  return true;
};

const MONDAY = new Date('2026-11-30T09:00:00Z'); // Monday 30 November 2026, 10:00 Paris
const custom = { reason: 'custom', customReasonText: 'Départ à l’étranger', facts: {} } as const;

describe('second-pass decisions, end to end', () => {
  it('switch send date: on 28 Jan 2026 a 1 Mar start is sent on 28 Jan (the earliest date still possible)', () =>
    withSandbox(new Date('2026-01-28T09:00:00Z'), async ({ client }) => {
      const letter = await completeDraft(client, { facts: { newInsurerName: 'MAIF', contractStartDate: '2024-03-01' } });
      const quote = await client.letters.quote(letter.id, { mode: 'now', newContractStart: '2026-03-01' });
      assert.equal(quote.switchTimeline?.sendDate, '2026-01-28');
      assert.equal(quote.switchTimeline?.newContractStart, '2026-03-01');
      await assert.rejects(client.letters.quote(letter.id, { mode: 'scheduled', newContractStart: '2026-02-15' }), (error) => isRuleViolationError(error, 'start_too_soon') && typeof error.data.date === 'string' && error.data.date > '2026-02-15');
    }));

  it('échéance: the last send date is renewal − 2 months − 1 day, and a later one is refused with it', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const late = await completeDraft(client, { reason: 'echeance', facts: { renewalDate: '2027-01-01' } });
      await assert.rejects(client.letters.quote(late.id, { mode: 'now' }), refusedWith('renewal_deadline_passed', '2026-10-31'));
      const inTime = await completeDraft(client, { reason: 'echeance', facts: { renewalDate: '2027-03-01' } });
      assert.equal((await client.letters.quote(inTime.id, { mode: 'scheduled', scheduledDate: '2026-12-31' })).renewalDeadline, '2026-12-31');
      await assert.rejects(client.letters.quote(inTime.id, { mode: 'scheduled', scheduledDate: '2027-01-04' }), refusedWith('renewal_deadline_passed', '2026-12-31'));
    }));

  it('loi Chatel: within 20 days of the notice’s sending date, or after the renewal date when no notice was received', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const chatel = (facts: Record<string, unknown>) => completeDraft(client, { reason: 'loi-chatel', facts });
      await assert.rejects(client.letters.quote((await chatel({ renewalNoticeSentOn: '2026-11-05' })).id, { mode: 'now' }), refusedWith('chatel_deadline_passed', '2026-11-25'));
      assert.ok(await client.letters.quote((await chatel({ renewalNoticeSentOn: '2026-11-12' })).id, { mode: 'now' }));
      await assert.rejects(
        client.letters.quote((await chatel({ noRenewalNoticeReceived: true, renewalDate: '2026-12-15' })).id, { mode: 'now' }),
        refusedWith('chatel_before_renewal', '2026-12-16'),
      );
      assert.ok(await client.letters.quote((await chatel({ noRenewalNoticeReceived: true, renewalDate: '2026-11-01' })).id, { mode: 'now' }));
      const text = await client.letters.preview((await chatel({ noRenewalNoticeReceived: true, renewalDate: '2026-11-01' })).id);
      assert.ok(!/avis d’échéance .* envoyé le/i.test(text.paragraphs.join(' ')), 'never states a notice date the user did not give');
    }));

  it('changement de situation: the event date is required, not in the future, and the letter leaves within 3 months of it', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const change = (eventDate: string | null) => completeDraft(client, { reason: 'changement-situation', facts: { eventDescription: 'Déménagement', eventDate } });
      await assert.rejects(change('2026-12-01'), (error) => isJrmcApiError(error) && error.status === 400 && error.issues.some((issue) => issue.path.join('.') === 'facts.eventDate'));
      await assert.rejects(client.letters.quote((await change(null)).id, { mode: 'now' }), (error) => isRuleViolationError(error, 'letter_incomplete') && error.issues.some((issue) => issue.path.join('.') === 'facts.eventDate'));
      await assert.rejects(client.letters.quote((await change('2026-08-15')).id, { mode: 'now' }), refusedWith('situation_change_deadline_passed', '2026-11-15'));
      assert.ok(await client.letters.quote((await change('2026-09-10')).id, { mode: 'now' }));
    }));

  it('Hamon / RIA one-year condition: the first subscription date is required, and an earlier switch is refused with the first possible date', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const noDate = await completeDraft(client, { facts: { newInsurerName: 'MAIF' } });
      await assert.rejects(client.letters.quote(noDate.id, { mode: 'scheduled', newContractStart: '2027-01-15' }), (error) => isRuleViolationError(error, 'letter_incomplete') && error.issues.some((issue) => issue.path.join('.') === 'facts.contractStartDate'));
      const young = await completeDraft(client, { facts: { newInsurerName: 'MAIF', contractStartDate: '2026-03-01' } });
      await assert.rejects(client.letters.quote(young.id, { mode: 'scheduled', newContractStart: '2027-01-15' }), refusedWith('switch_before_one_year', '2027-02-28'));
    }));

  it('vente: a vehicle sale terminates (effect 10 days after notification), another sale notifies the transfer — two codes, two texts', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const vehicle = await client.letters.preview((await completeDraft(client, { reason: 'vente-vehicule', facts: { saleDate: '2026-11-20' } })).id);
      const goods = await client.letters.preview((await completeDraft(client, { reason: 'vente-bien', facts: { saleDate: '2026-11-20' } })).id);
      assert.match(vehicle.paragraphs.join(' '), /dix jours après sa notification/);
      assert.match(goods.paragraphs.join(' '), /au profit de l’acquéreur/);
      assert.notDeepEqual(vehicle.paragraphs, goods.paragraphs);
    }));

  it('décès: the letter is sent for the named heir in their capacity, never for the account of the deceased', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const letter = await completeDraft(client, { reason: 'deces', facts: { eventDate: '2026-11-02', heirName: 'Paul Martin', heirCapacity: 'fils de la défunte' } });
      const text = await client.letters.preview(letter.id);
      const all = [...text.paragraphs, ...text.signature].join(' ');
      assert.match(all, /pour le compte de Paul Martin/);
      assert.match(all, /fils de la défunte/);
      assert.ok(!all.includes(`pour le compte de ${martin.kind === 'person' ? `${martin.civility} ${martin.firstName} ${martin.lastName}` : ''}`));
    }));

  it('Hamon, compulsory cover: the letter names the new insurer, which acts for the subscriber', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const letter = await completeDraft(client, { facts: { newInsurerName: 'MAIF', contractStartDate: '2024-03-01', compulsoryCover: true } });
      const text = await client.letters.preview(letter.id);
      assert.match([...text.paragraphs, ...text.signature].join(' '), /pour le compte de MAIF/);
    }));

  it('attachments are real: the mandate is mentioned only once the file is attached; none by default', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const letter = await completeDraft(client, custom);
      assert.deepEqual((await client.letters.preview(letter.id)).attachments, []);
      await client.letters.attachments.upload(letter.id, { kind: 'client-mandate', fileName: 'mandat.pdf', contentBase64: await onePagePdfBase64() });
      assert.equal((await client.letters.preview(letter.id)).attachments.length, 1);
      await assert.rejects(client.letters.update(letter.id, { mandateAttached: true }), (error) => isJrmcApiError(error) && error.status === 400 && error.issues[0]?.path[0] === 'mandateAttached');
    }));

  it('first send: the 18:00 cut-off holds until the first letter is deposited, not merely validated', () =>
    withSandbox(
      new Date('2026-11-30T17:30:00Z'), // 18:30 Paris: after the first-send cut-off, before the usual one
      async (sandbox) => {
        const { client } = sandbox;
        const first = await completeDraft(client, custom);
        await client.letters.send(first.id, { mode: 'scheduled', scheduledDate: '2026-12-02' });
        const second = await completeDraft(client, custom);
        const before = await client.letters.quote(second.id, { mode: 'now' });
        assert.equal(before.firstSend, true);
        assert.equal(before.dispatchDate, '2026-12-01');
        await sandbox.sandbox.advanceClock(sandbox.accountId, { to: '2026-12-02T17:30:00Z' });
        assert.equal((await client.letters.retrieve(first.id)).status, 'sent');
        const after = await client.letters.quote(second.id, { mode: 'now' });
        assert.equal(after.firstSend, false);
        assert.equal(after.dispatchDate, '2026-12-02');
      },
      { account: { hasSent: false } },
    ));

  it('SIRET: spaces and dots are stripped, so two spellings of one SIRET are one subscriber when combining contracts', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const company = (siret: string) => ({ kind: 'company' as const, companyName: 'Boulangerie Martin SARL', siret, address: { line1: '3 rue du Four', postcode: '57000', city: 'Metz' } });
      const letter = await completeDraft(client, { ...custom, subscriber: company('73282932000074') });
      const combined = await client.letters.addContract(letter.id, { contract: { number: 'MRH-2' }, subscriber: company('732 829 320 000.74') });
      assert.ok(combined.service === 'termination');
      assert.deepEqual(combined.contracts.map((contract) => contract.number), ['AUTO-123', 'MRH-2']);
    }));

  it('LRE refused or not collected: each ends with its own downloadable proof (refusal notice, expiry notice)', () =>
    withSandbox(MONDAY, async (sandbox) => {
      const { client } = sandbox;
      const refused = await completeDraft(client, { ...custom, contracts: [{ number: 'SANDBOX-REFUSE' }] });
      const expired = await completeDraft(client, { ...custom, contracts: [{ number: 'SANDBOX-EXPIRE' }] });
      await client.letters.send(refused.id, { mode: 'now' });
      await client.letters.send(expired.id, { mode: 'now' });
      await sandbox.sandbox.advanceClock(sandbox.accountId, { days: 17 });
      for (const [letter, status, kind] of [[refused, 'refused', 'refusal'], [expired, 'expired', 'expiry']] as const) {
        assert.equal((await client.letters.retrieve(letter.id)).status, status);
        const proof = (await client.letters.proofs(letter.id)).data.find((candidate) => candidate.kind === kind);
        assert.ok(proof, `${status} issues a ${kind} notice`);
        const pdf = await client.letters.downloadProof(letter.id, proof.id);
        assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');
      }
    }));

  it('purges: a letter trashed at 23:59 on D is purged at the end of D + 60, never early', () =>
    withSandbox(new Date('2026-11-30T22:59:00Z'), async (sandbox) => {
      const { client } = sandbox;
      const letter = await completeDraft(client, custom);
      await client.letters.trash(letter.id);
      await sandbox.sandbox.advanceClock(sandbox.accountId, { to: '2027-01-29T22:59:59Z' }); // 23:59:59 Paris on D + 60
      assert.ok(await client.letters.retrieve(letter.id), 'still there on the last second of D + 60');
      await sandbox.sandbox.advanceClock(sandbox.accountId, { to: '2027-01-29T23:00:00Z' });
      await assert.rejects(client.letters.retrieve(letter.id), (error) => isJrmcApiError(error) && error.status === 404);
    }));

  it('purges: an untouched draft is purged after 2 full years, never early', () =>
    withSandbox(new Date('2026-11-30T22:59:00Z'), async (sandbox) => {
      const { client } = sandbox;
      const letter = await completeDraft(client, custom);
      await sandbox.sandbox.advanceClock(sandbox.accountId, { to: '2028-11-30T22:59:59Z' });
      assert.ok(await client.letters.retrieve(letter.id), 'still there on the last second of the second year');
      await sandbox.sandbox.advanceClock(sandbox.accountId, { to: '2028-11-30T23:00:00Z' });
      await assert.rejects(client.letters.retrieve(letter.id), (error) => isJrmcApiError(error) && error.status === 404);
    }));

  it('JRMC’s mandate: signed with name, e-mail, mobile and SIREN after a top-up; quotes work before it, sending does not', () =>
    withSandbox(MONDAY, async (sandbox) => {
      const fresh = createAccount(sandbox.sandbox, { name: 'Cabinet Neuf', ready: false, credit: 5_000 });
      const client = sandbox.clientWith({ apiKey: fresh.apiKey });
      const letter = await completeDraft(client, custom);
      assert.ok(await client.letters.quote(letter.id, { mode: 'now' }), 'a quote works before the mandate');
      await assert.rejects(client.letters.send(letter.id, { mode: 'now' }), (error) => isRuleViolationError(error, 'account_not_ready') && (error.data.missing as string[]).includes('mandate'));
      await assert.rejects(
        client.account.signMandate({ signatoryName: 'Ana Roy', signatoryEmail: 'ana@cabinet.fr', signatoryMobile: '01 23 45 67 89', companySiren: '732 829 320' }),
        (error) => isJrmcApiError(error) && error.status === 400 && error.issues.some((issue) => issue.path[0] === 'signatoryMobile'),
      );
      const mandate = await client.account.signMandate({ signatoryName: 'Ana Roy', signatoryEmail: 'ana@cabinet.fr', signatoryMobile: '06 12 34 56 78', companySiren: '732 829 320' });
      assert.equal(mandate.companySiren, '732829320');
    }));

  it('dates far ahead: a send date or a new contract start more than one year ahead is refused with too_far_ahead / start_too_far', () =>
    withSandbox(MONDAY, async ({ client }) => {
      const letter = await completeDraft(client, custom);
      await assert.rejects(client.letters.quote(letter.id, { mode: 'scheduled', scheduledDate: '2027-12-01' }), refusedWith('too_far_ahead', '2027-11-30'));
      assert.ok(await client.letters.quote(letter.id, { mode: 'scheduled', scheduledDate: '2027-11-30' }));
      const hamon = await completeDraft(client, { facts: { newInsurerName: 'MAIF', contractStartDate: '2024-03-01' } });
      await assert.rejects(client.letters.quote(hamon.id, { mode: 'scheduled', newContractStart: '2027-12-15' }), refusedWith('start_too_far', '2027-11-30'));
    }));
});
