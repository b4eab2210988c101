import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parisDate } from '@jrmc/core';
import type { LetterSummary, UserProfile } from '@jrmc/core/contract';
import { localeReady, type Locale } from '../i18n/translate.js';
import { historyT, type HistoryMessageKey } from './history-i18n.js';
import { historyRowText, type HistoryRowContext } from './history-row-text.js';

const letter: LetterSummary = {
  id: 'let_0000000000000001',
  service: 'termination',
  status: 'scheduled',
  assigneeId: null,
  subscriberName: 'Chloé Moreau',
  recipientName: 'MAIF',
  references: 'HIST-00001',
  scheduledDate: '2027-02-07',
  dispatchDate: null,
  price: null,
  createdAt: '2026-12-31T23:30:00Z',
  updatedAt: '2026-12-31T23:30:00Z',
  trashedAt: null,
  billed: true,
  dossierId: null,
};

const profile = (id: string, name: string): UserProfile => ({ id, name, email: `${id}@example.test`, role: 'manager', active: true, createdAt: '2026-01-01T00:00:00Z', deactivatedAt: null });

const context = (locale: Locale, profiles: readonly UserProfile[] = []): HistoryRowContext => ({ locale, profiles, t: (key: HistoryMessageKey) => historyT(locale, key) });

describe('historyRowText', () => {
  before(async () => {
    await localeReady('en');
  });

  it('shows the Paris day of creation, the sending day and the labels, in French and English', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    const french = historyRowText(letter, context('fr'));
    expect(french).to.deep.equal({ service: 'Résiliation', status: 'Programmé', created: '01/01/2027', sent: '07/02/2027', assignee: 'non attribué', detail: 'MAIF · HIST-00001' });
    const english = historyRowText(letter, context('en'));
    expect(english.created).to.equal('01/01/2027');
    expect(english.status).to.equal(historyT('en', 'status.scheduled'));
    expect(english.status).to.not.equal(french.status);
    expect(english.assignee).to.equal(historyT('en', 'history.unassigned'));
  });

  it('names the paper product, says when no day is set, and names the handler (or their id when unknown)', () => {
    const paper = historyRowText({ ...letter, service: 'paper-mail', product: 'lettre-suivie', scheduledDate: null, assigneeId: 'usr_lea' }, context('fr', [profile('usr_lea', 'Léa Petit')]));
    expect(paper.service).to.equal('Courrier papier · Lettre suivie');
    expect(paper.sent).to.equal('non programmé');
    expect(paper.assignee).to.equal('Léa Petit');
    expect(historyRowText({ ...letter, assigneeId: 'usr_gone' }, context('fr')).assignee).to.equal('usr_gone');
  });

  it('works a row out once, and again when the language or the profiles change', () => {
    const row = { ...letter, assigneeId: 'usr_lea' };
    const profiles = [profile('usr_lea', 'Léa Petit')];
    const first = historyRowText(row, context('fr', profiles));
    expect(historyRowText(row, context('fr', profiles))).to.equal(first, 'the same text object: nothing recomputed');
    expect(historyRowText(row, context('en', profiles))).to.not.equal(first);
    const renamed = historyRowText(row, context('fr', [profile('usr_lea', 'Léa Martin')]));
    expect(renamed.assignee).to.equal('Léa Martin');
  });

  it('property: the created day is core’s Paris day of createdAt, and a cached text equals a fresh one', () => {
    const instants = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, fc.constantFrom<Locale>('fr', 'en'), fc.boolean(), (created, locale, twice) => {
        const row = { ...letter, createdAt: created.toISOString() };
        if (twice) historyRowText(row, context(locale));
        const text = historyRowText(row, context(locale));
        const [year, month, day] = parisDate(created).split('-');
        expect(text.created).to.equal(`${day}/${month}/${year}`);
        expect(text).to.deep.equal(historyRowText({ ...row }, context(locale)), 'a copy of the row (not cached) gives the same text');
      }),
      { numRuns: 500 },
    );
  });
});
