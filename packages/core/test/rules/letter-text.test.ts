import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  formatFrenchDate,
  isRuleInputError,
  reasonByCode,
  substitutionLetterText,
  terminationLetterText,
  terminationReasons,
  type ReasonCode,
  type TerminationLetterInput,
} from '../../src/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

const base: TerminationLetterInput = {
  sender: { name: 'Cabinet Durand Courtage', oriasNumber: '07012345', address: { line1: '7 chemin de la Trière', postcode: '38240', city: 'Meylan' } },
  subscriber: { kind: 'person', civility: 'Mme', firstName: 'Éloïse', lastName: 'Martin', address: { line1: '12 rue des Lilas', postcode: '69003', city: 'Lyon' } },
  recipient: { name: 'AXA France IARD', address: { line1: '313 Terrasses de l’Arche', postcode: '92727', city: 'Nanterre Cedex' } },
  contractNumbers: ['AUTO-123'],
  reason: 'echeance',
  facts: { renewalDate: '2027-02-01' },
  sendDate: '2026-11-29',
  attachments: [{ kind: 'client-mandate', fileName: 'mandat-martin.pdf' }],
};

const factsFor: Record<ReasonCode, TerminationLetterInput['facts']> = {
  echeance: { renewalDate: '2027-02-01' },
  'loi-hamon': { newInsurerName: 'MAIF', compulsoryCover: true },
  'ria-sante': { newInsurerName: 'Harmonie Mutuelle' },
  'loi-chatel': { noRenewalNoticeReceived: true, renewalDate: '2026-11-01' },
  'changement-situation': { eventDescription: 'déménagement', eventDate: '2026-11-02' },
  'vente-vehicule': { saleDate: '2026-11-20' },
  'vente-bien': { saleDate: '2026-11-20' },
  deces: { eventDate: '2026-10-01', heirName: 'M. Paul Martin', heirCapacity: 'fils et héritier' },
  'diminution-risque': {},
  custom: { customReasonText: 'Fermeture de l’agence' },
};

describe('terminationLetterText', () => {
  it('states everything DOMAIN §9 requires, for every reason', () => {
    for (const reason of terminationReasons()) {
      const text = terminationLetterText({ ...base, reason: reason.code, facts: factsFor[reason.code] });
      const all = [text.subject, text.references, ...text.paragraphs, ...text.sender, ...text.recipient, text.placeAndDate, ...text.attachments].join('\n');
      assert.match(all, /Cabinet Durand Courtage/, reason.code);
      assert.match(all, /ORIAS n° 07012345/, reason.code);
      const principal = reason.code === 'deces' ? 'M. Paul Martin' : 'Mme Éloïse Martin';
      const signedFor = reason.code === 'loi-hamon' ? 'MAIF' : principal;
      assert.match(all + text.signature.join('\n'), new RegExp(`pour le compte de ${signedFor}`), reason.code);
      assert.match(all, /AXA France IARD/, reason.code);
      assert.match(all, /AUTO-123/, reason.code);
      assert.match(all, /confirmation écrite/, reason.code);
      assert.equal(text.placeAndDate, 'Fait à Meylan, le 29 novembre 2026');
      assert.deepEqual(text.attachments, [`Pièce jointe : mandat signé par ${principal} (mandat-martin.pdf)`], reason.code);
      if (reason.code !== 'custom') {
        const article = reason.legalBasis.match(/L\d{3}-[\d-]+/)![0];
        assert.match(all, new RegExp(article), reason.code);
      }
    }
  });

  it('Hamon: states the new insurer and the whole chain of dates', () => {
    const text = terminationLetterText({ ...base, reason: 'loi-hamon', facts: factsFor['loi-hamon'] });
    const body = text.paragraphs.join('\n');
    assert.match(body, /MAIF/);
    assert.match(body, /31 décembre 2026 à 0 h/);
    assert.match(body, /30 novembre 2026/);
    assert.match(body, /30 décembre 2026 à 24 h/);
    assert.match(body, /assurance obligatoire/);
    assert.match(body, /des articles L113-15-2 et R113-12/);
  });

  it('échéance states the renewal date; Chatel says no notice came; custom keeps the user’s words', () => {
    assert.match(terminationLetterText(base).paragraphs.join(' '), /1er février 2027/);
    assert.match(terminationLetterText({ ...base, reason: 'loi-chatel', facts: factsFor['loi-chatel'] }).paragraphs.join(' '), /Aucun avis d’échéance/);
    const custom = terminationLetterText({ ...base, reason: 'custom', facts: { customReasonText: '<img src=x onerror=alert(1)>' } });
    assert.ok(custom.paragraphs.some((p) => p.includes('<img src=x onerror=alert(1)>')));
    assert.equal(custom.legalBasis, '');
  });

  it('names every contract of a combined letter', () => {
    const text = terminationLetterText({ ...base, contractNumbers: ['A-1', 'B-2', ' '] });
    assert.match(text.subject, /des contrats n° A-1, B-2/);
    assert.equal(text.references, 'Contrats n° A-1, B-2 – Souscripteur : Mme Éloïse Martin');
  });

  it('describes a company subscriber with its SIRET; omits the mandate when none is attached', () => {
    const text = terminationLetterText({
      ...base,
      attachments: [],
      subscriber: { kind: 'company', companyName: 'Boulangerie Dupont SARL', siret: '73282932000074', address: base.subscriber.address },
    });
    assert.match(text.paragraphs[0]!, /la société Boulangerie Dupont SARL \(SIRET 73282932000074\)/);
    assert.deepEqual(text.attachments, []);
  });

  it('needs no fact beyond factsRequiredFor, and refuses without each fact its wording states', async () => {
    const { factsRequiredFor } = await import('../../src/index.js');
    const timingOnly = new Set(['contractStartDate']);
    for (const reason of terminationReasons()) {
      const required = factsRequiredFor(reason.code);
      const only = Object.fromEntries(Object.entries(factsFor[reason.code] ?? {}).filter(([key]) => (required as readonly string[]).includes(key) || reason.code === 'loi-chatel'));
      assert.doesNotThrow(() => terminationLetterText({ ...base, reason: reason.code, facts: only }), reason.code);
      for (const fact of required) {
        if (timingOnly.has(fact)) continue;
        const without = { ...factsFor[reason.code], [fact]: null };
        assert.throws(() => terminationLetterText({ ...base, reason: reason.code, facts: without }), (e: unknown) => isRuleInputError(e) && e.argument === `facts.${fact}`, `${reason.code} without ${fact}`);
      }
    }
  });

  it('refuses a letter missing what its reason must state', () => {
    assert.throws(() => terminationLetterText({ ...base, facts: {} }), (e: unknown) => isRuleInputError(e) && e.argument === 'facts.renewalDate');
    assert.throws(() => terminationLetterText({ ...base, reason: 'custom', facts: { customReasonText: '  ' } }), (e: unknown) => isRuleInputError(e) && e.argument === 'facts.customReasonText');
    assert.throws(() => terminationLetterText({ ...base, contractNumbers: [] }), (e: unknown) => isRuleInputError(e) && e.argument === 'contractNumbers');
    assert.throws(() => terminationLetterText({ ...base, sendDate: '29/11/2026' }), (e: unknown) => isRuleInputError(e) && e.argument === 'sendDate');
  });

  it('dates the letter with its send date, whatever the date', () => {
    fc.assert(
      fc.property(isoDateArb, (sendDate) => {
        const text = terminationLetterText({ ...base, reason: 'loi-hamon', facts: factsFor['loi-hamon'], sendDate });
        assert.ok(text.placeAndDate.endsWith(formatFrenchDate(sendDate)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('substitutionLetterText', () => {
  it('names the loans, the new insurer, the effective date and the 10 working days', () => {
    const text = substitutionLetterText({
      sender: base.sender,
      subscriber: base.subscriber,
      recipient: { name: 'BNP Paribas', address: { line1: '16 boulevard des Italiens', postcode: '75009', city: 'Paris' } },
      loanReferences: ['PR-1', 'PR-2'],
      oldContractReferences: ['OLD-1'],
      newInsurerName: 'April',
      newContractReferences: ['NEW-1', 'NEW-2'],
      effectiveDate: '2027-02-13',
      sendDate: '2026-11-29',
      withMandate: true,
    });
    const body = text.paragraphs.join('\n');
    assert.match(text.subject, /prêts n° PR-1, PR-2/);
    assert.match(body, /April/);
    assert.match(body, /NEW-1 \/ NEW-2/);
    assert.match(body, /13 février 2027/);
    assert.match(body, /10 jours ouvrés/);
    assert.match(body, /L313-30/);
  });
});

describe('reason catalogue and French dates', () => {
  it('has labels in French and English and a legal basis for every statutory reason', () => {
    for (const reason of terminationReasons()) {
      assert.ok(reason.labelFr && reason.labelEn, reason.code);
      assert.equal(reason.legalBasis === '', reason.code === 'custom', reason.code);
    }
    assert.equal(reasonByCode('loi-hamon').dateMode, 'switch-start');
    assert.equal(reasonByCode('echeance').dateMode, 'renewal');
  });

  it('writes dates the French way', () => {
    assert.equal(formatFrenchDate('2027-01-01'), '1er janvier 2027');
    assert.equal(formatFrenchDate('2026-08-15'), '15 août 2026');
  });
});
