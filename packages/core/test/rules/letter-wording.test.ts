import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  loanTerminationEffectiveDate,
  loanTerminationLetterText,
  substitutionLetterText,
  terminationLetterText,
  type LetterText,
  type TerminationLetterInput,
} from '../../src/index.js';
import { isoDateArb, PROPERTY_RUNS } from './arbitraries.js';

const base: TerminationLetterInput = {
  sender: { name: 'Cabinet Durand Courtage', oriasNumber: '07012345', address: { line1: '7 chemin de la Trière', postcode: '38240', city: 'Meylan' } },
  subscriber: { kind: 'person', civility: 'M.', firstName: 'Jean', lastName: 'Roy', address: { line1: '12 rue des Lilas', postcode: '69003', city: 'Lyon' } },
  recipient: { name: 'AXA France IARD', address: { line1: '313 Terrasses de l’Arche', postcode: '92727', city: 'Nanterre Cedex' } },
  contractNumbers: ['AUTO-123'],
  reason: 'echeance',
  facts: { renewalDate: '2027-02-01' },
  sendDate: '2026-11-29',
};
const bank = { name: 'BNP Paribas', address: { line1: '16 boulevard des Italiens', postcode: '75009', city: 'Paris' } };
const whole = (text: LetterText) => [text.subject, text.references, ...text.paragraphs, ...text.signature, ...text.attachments].join('\n');

describe('letter wording, second pass (DOMAIN §10)', () => {
  it('vehicle sale (L121-11): either party, effect 10 days after notification', () => {
    const text = terminationLetterText({ ...base, reason: 'vente-vehicule', facts: { saleDate: '2026-11-20' } });
    const body = text.paragraphs.join('\n');
    assert.match(body, /vente du véhicule assuré intervenue le 20 novembre 2026/);
    assert.match(body, /l’une ou l’autre des parties/);
    assert.match(body, /dix jours après sa notification, soit le 10 décembre 2026/);
    assert.match(body, /article L121-11/);
    assert.match(text.subject, /^Objet : Résiliation/);
  });

  it('other goods (L121-10): notifies the transfer, which ends the premiums — never "terminates"', () => {
    const text = terminationLetterText({ ...base, reason: 'vente-bien', facts: { saleDate: '2026-11-20' } });
    const all = whole(text);
    assert.match(text.subject, /^Objet : Notification de la vente du bien assuré – contrat n° AUTO-123$/);
    assert.match(all, /notifions par la présente la vente du bien assuré/);
    assert.match(all, /continue de plein droit au profit de l’acquéreur/);
    assert.match(all, /cotisations à échoir/);
    assert.doesNotMatch(all, /résili/i);
  });

  it('death: written for the named heir with their capacity, under the heir’s mandate, never for the deceased', () => {
    const text = terminationLetterText({
      ...base,
      reason: 'deces',
      facts: { eventDate: '2026-10-02', heirName: 'Mme Léa Roy', heirCapacity: 'fille et héritière' },
      attachments: [{ kind: 'client-mandate', fileName: 'mandat.pdf' }],
    });
    const all = whole(text);
    assert.match(all, /pour le compte de Mme Léa Roy, en sa qualité de fille et héritière/);
    assert.match(all, /mandat qui nous a été confié par Mme Léa Roy/);
    assert.match(all, /décès de M\. Jean Roy, titulaire du contrat n° AUTO-123, survenu le 2 octobre 2026/);
    assert.doesNotMatch(all, /pour le compte de M\. Jean Roy/);
    assert.deepEqual(text.signature, ['Cabinet Durand Courtage', 'pour le compte de Mme Léa Roy']);
    assert.deepEqual(text.attachments, ['Pièce jointe : mandat signé par Mme Léa Roy (mandat.pdf)']);
    assert.match(text.references, /Souscripteur décédé : M\. Jean Roy/);
  });

  it('Hamon, compulsory cover: names the new insurer, which acts for the subscriber; the sender transmits', () => {
    const text = terminationLetterText({ ...base, reason: 'loi-hamon', facts: { newInsurerName: 'MAIF', compulsoryCover: true, contractStartDate: '2024-01-01' } });
    const all = whole(text);
    assert.match(text.paragraphs[0]!, /transmettons la présente pour le compte de MAIF, nouvel assureur de M\. Jean Roy/);
    assert.match(text.paragraphs[0]!, /Agissant pour le compte de son assuré, MAIF vous notifie la résiliation du contrat n° AUTO-123/);
    assert.deepEqual(text.signature, ['Cabinet Durand Courtage', 'pour le compte de MAIF, agissant pour M. Jean Roy']);
    assert.match(all, /31 décembre 2026 à 0 h/);
  });

  it('Hamon without compulsory cover and RIA: the sender acts for the subscriber and names the new insurer', () => {
    const hamon = terminationLetterText({ ...base, reason: 'loi-hamon', facts: { newInsurerName: 'MAIF' } });
    assert.match(hamon.paragraphs[0]!, /agissant au nom et pour le compte de M\. Jean Roy/);
    assert.doesNotMatch(whole(hamon), /assurance obligatoire/);
    const ria = terminationLetterText({ ...base, reason: 'ria-sante', facts: { newInsurerName: 'Harmonie Mutuelle', compulsoryCover: true } });
    assert.match(whole(ria), /Harmonie Mutuelle/);
    assert.match(whole(ria), /L221-10-2 du Code de la mutualité/);
    assert.doesNotMatch(whole(ria), /transmettons/);
  });

  it('Chatel states only the facts given', () => {
    const sent = whole(terminationLetterText({ ...base, reason: 'loi-chatel', facts: { renewalNoticeSentOn: '2026-11-10' } }));
    assert.match(sent, /envoyé le 10 novembre 2026/);
    assert.doesNotMatch(sent, /Aucun avis/);
    const none = whole(terminationLetterText({ ...base, reason: 'loi-chatel', facts: { noRenewalNoticeReceived: true } }));
    assert.match(none, /Aucun avis d’échéance n’a été reçu/);
    // (the subject keeps the reason's label, "avis d’échéance tardif ou absent"; the body states no notice fact)
    const nothingGiven = terminationLetterText({ ...base, reason: 'loi-chatel', facts: {} }).paragraphs.join('\n');
    assert.doesNotMatch(nothingGiven, /avis d’échéance/);
    assert.match(nothingGiven, /lendemain de la date d’envoi de la présente, soit le 30 novembre 2026/);
  });

  it('announces no attachment unless attached (no mandate by default)', () => {
    const text = terminationLetterText(base);
    assert.deepEqual(text.attachments, []);
    assert.doesNotMatch(whole(text), /ci-joint|Pièce jointe/);
  });
});

describe('borrower-insurance letters', () => {
  const loanBase = {
    sender: base.sender,
    subscriber: base.subscriber,
    loanReferences: ['PR-1'],
    sendDate: '2027-01-04',
  };

  it('substitution: mentions the new contract’s conditions only when attached', () => {
    const bare = substitutionLetterText({ ...loanBase, recipient: bank, oldContractReferences: ['OLD-1'], newInsurerName: 'April', newContractReferences: [], effectiveDate: '2027-02-13' });
    assert.doesNotMatch(whole(bare), /ci-joint|Pièce jointe/);
    assert.doesNotMatch(whole(bare), /à venir|non communiquée/);
    assert.match(whole(bare), /10 jours ouvrés/);
    const withConditions = substitutionLetterText({
      ...loanBase,
      recipient: bank,
      oldContractReferences: ['OLD-1'],
      newInsurerName: 'April',
      newContractReferences: ['NEW-1'],
      effectiveDate: '2027-02-13',
      attachments: [{ kind: 'new-contract-conditions', fileName: 'cg-cp.pdf' }],
    });
    assert.match(whole(withConditions), /Vous trouverez ci-joint les conditions générales et particulières/);
    assert.deepEqual(withConditions.attachments, ['Pièce jointe : conditions générales et particulières du nouveau contrat (cg-cp.pdf)']);
  });

  it('termination after acceptance: L113-12-2 effective date and the bank’s acceptance attached', () => {
    const text = loanTerminationLetterText({
      ...loanBase,
      recipient: { name: 'CNP Assurances', address: bank.address },
      contractReferences: ['ADE-7'],
      bankName: 'BNP Paribas',
      acceptedOn: '2026-12-28',
      newContractStart: '2027-01-10',
      attachments: [{ kind: 'bank-acceptance', fileName: 'accord.pdf' }],
    });
    const all = whole(text);
    assert.match(all, /BNP Paribas ayant accepté le 28 décembre 2026/);
    assert.match(all, /prendra effet le 15 janvier 2027/);
    assert.match(all, /Vous trouverez ci-joint la décision d’acceptation du prêteur/);
    assert.deepEqual(text.attachments, ['Pièce jointe : accord du prêteur sur la substitution d’assurance emprunteur (accord.pdf)']);
    assert.equal(text.legalBasis, 'article L113-12-2 du Code des assurances');
  });

  it('termination without the acceptance attached does not announce it', () => {
    const text = loanTerminationLetterText({ ...loanBase, recipient: bank, contractReferences: ['ADE-7'], newContractStart: '2027-03-01' });
    assert.doesNotMatch(whole(text), /ci-joint|Pièce jointe/);
    assert.match(whole(text), /prendra effet le 1er mars 2027/);
  });

  it('effective date: worked examples and property (later of receipt + 10 days and the new start)', () => {
    assert.equal(loanTerminationEffectiveDate('2027-01-04', '2027-01-10'), '2027-01-15');
    assert.equal(loanTerminationEffectiveDate('2027-01-04', '2027-02-01'), '2027-02-01');
    assert.equal(loanTerminationEffectiveDate('2027-01-04', '2027-01-15'), '2027-01-15');
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -60, max: 120 }), (sendDate, offset) => {
        const start = addDays(sendDate, offset);
        const effective = loanTerminationEffectiveDate(sendDate, start);
        assert.ok(effective >= start && effective >= addDays(sendDate, 11));
        assert.ok(effective === start || effective === addDays(sendDate, 11));
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('letters state only what was given (properties)', () => {
  const reasonFacts = {
    echeance: { renewalDate: '2027-02-01' },
    'loi-hamon': { newInsurerName: 'MAIF', compulsoryCover: true },
    'ria-sante': { newInsurerName: 'Harmonie Mutuelle' },
    'loi-chatel': {},
    'changement-situation': { eventDescription: 'déménagement', eventDate: '2026-11-02' },
    'vente-vehicule': { saleDate: '2026-11-20' },
    'vente-bien': { saleDate: '2026-11-20' },
    deces: { eventDate: '2026-10-01', heirName: 'Mme Léa Roy', heirCapacity: 'fille' },
    'diminution-risque': {},
    custom: { customReasonText: 'Fermeture de l’agence' },
  } as const;
  const reasonArb = fc.constantFrom(...(Object.keys(reasonFacts) as (keyof typeof reasonFacts)[]));
  const fileArb = fc.record({ kind: fc.constant('client-mandate' as const), fileName: fc.stringMatching(/^[a-z]{1,8}\.pdf$/) });

  it('one attachment line per attached file, none otherwise, whatever the reason and send date', () => {
    fc.assert(
      fc.property(reasonArb, isoDateArb, fc.array(fileArb, { maxLength: 2 }), (reason, sendDate, attachments) => {
        const text = terminationLetterText({ ...base, reason, facts: reasonFacts[reason], sendDate, attachments });
        assert.equal(text.attachments.length, attachments.length);
        attachments.forEach((file, index) => assert.ok(text.attachments[index]!.endsWith(`(${file.fileName})`)));
        if (attachments.length === 0) assert.doesNotMatch(whole(text), /ci-joint|Pièce jointe/);
      }),
      PROPERTY_RUNS,
    );
  });

  it('Chatel: a notice date appears only when given, and "no notice" only when stated', () => {
    fc.assert(
      fc.property(fc.option(isoDateArb, { nil: undefined }), fc.boolean(), isoDateArb, (noticeSentOn, noNotice, sendDate) => {
        const facts = { ...(noticeSentOn ? { renewalNoticeSentOn: noticeSentOn } : {}), ...(noNotice ? { noRenewalNoticeReceived: true } : {}) };
        const body = terminationLetterText({ ...base, reason: 'loi-chatel', facts, sendDate }).paragraphs.join('\n');
        assert.equal(/envoyé le/.test(body), Boolean(noticeSentOn));
        assert.equal(/Aucun avis/.test(body), !noticeSentOn && noNotice);
      }),
      PROPERTY_RUNS,
    );
  });
});
