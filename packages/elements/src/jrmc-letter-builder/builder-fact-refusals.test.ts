// The builder against the real sandbox, fact by fact: each fact a reason asks for has its own message saying what to
// type and why, and each timing refusal of the API lands on its field with the date that would have worked.
import { expect } from '@open-wc/testing';
import { addDays, dispatchDate, firstSwitchSendDate, latestPlannableDate, parisDate, renewalNoticeDeadline, situationChangeDeadline, switchSendDate, type IsoDate } from '@jrmc/core';
import { formatDay } from '../i18n/format.js';
import { newAccount, readable, sandboxNow, until } from '../../test/support/backend.js';
import { $, click, mountBuilder, next, pickDate, type, upToDates } from '../../test/support/builder-test-kit.js';
import type { JrmcLetterBuilder } from './jrmc-letter-builder.js';
import './define.js';

const mount = async (locale: 'fr' | 'en' = 'fr') => mountBuilder(await newAccount({ credit: 10_000 }), { locale });

/** Options, then review: the API quotes, or refuses and the builder takes the user back to the dates. */
async function toReviewAndBack(builder: JrmcLetterBuilder, errorId: string): Promise<string> {
  await next(builder);
  await next(builder);
  await until(() => builder.draft.step === 'dates' && builder.shadowRoot!.querySelector(`#${errorId}`) !== null, 10_000);
  return readable($(builder, `#${errorId}`).textContent);
}

const today = async (): Promise<IsoDate> => parisDate(await sandboxNow());
const day = (locale: 'fr' | 'en', date: IsoDate) => readable(formatDay(locale, date));
const errorOf = (builder: JrmcLetterBuilder, path: string) => readable(builder.shadowRoot!.querySelector(`#field-${path.replace(/\./g, '-')}-error`)?.textContent);

afterEach(() => {
  document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove());
  localStorage.clear();
});

describe('<jrmc-letter-builder> each fact in its own words', () => {
  it('change of circumstances: what the event and its date are for, not “this field is required”', async () => {
    const builder = await mount();
    await upToDates(builder, 'changement-situation');
    await click(builder, 'input[name="send-mode"][value="now"]');
    await next(builder);
    expect(builder.draft.step).to.equal('dates');
    expect(errorOf(builder, 'facts.eventDescription')).to.contain('Décrivez le changement de situation');
    expect(errorOf(builder, 'facts.eventDate')).to.contain('Indiquez la date du changement de situation').and.contain('dans les 3 mois');
    expect(errorOf(builder, 'facts.eventDate')).to.not.contain('obligatoire');
  });

  it('death: the date of death, the heir and the heir’s capacity each say why the letter needs them', async () => {
    const builder = await mount();
    await upToDates(builder, 'deces');
    await click(builder, 'input[name="send-mode"][value="now"]');
    await next(builder);
    expect(errorOf(builder, 'facts.eventDate')).to.contain('Indiquez la date du décès');
    expect(errorOf(builder, 'facts.heirName')).to.contain('envoyée pour lui');
    expect(errorOf(builder, 'facts.heirCapacity')).to.contain('fils et héritier');
  });

  it('Chatel and vehicle sale: the notice date (or “no notice”) and the sale date, each with the rule behind it', async () => {
    const chatel = await mount();
    await upToDates(chatel, 'loi-chatel');
    await click(chatel, 'input[name="send-mode"][value="now"]');
    await next(chatel);
    expect(errorOf(chatel, 'facts.renewalNoticeSentOn')).to.contain('avis d’échéance').and.contain('aucun avis reçu').and.contain('20 jours');
    await click(chatel, 'input[type="checkbox"]');
    await next(chatel);
    expect(errorOf(chatel, 'facts.renewalDate')).to.contain('dès le lendemain');
    document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove());

    const sale = await mount();
    await upToDates(sale, 'vente-vehicule');
    await click(sale, 'input[name="send-mode"][value="now"]');
    await next(sale);
    expect(errorOf(sale, 'facts.saleDate')).to.contain('vente du véhicule').and.contain('10 jours');
  });

  it('Hamon, in English: the first subscription date and the new insurer, with the law’s reason', async () => {
    const builder = await mount('en');
    await upToDates(builder, 'loi-hamon');
    await next(builder);
    await until(() => errorOf(builder, 'facts.contractStartDate').includes('first taken out'));
    expect(errorOf(builder, 'facts.contractStartDate')).to.contain('one year');
    expect(errorOf(builder, 'facts.newInsurerName')).to.contain('new insurer').and.contain('names it');
  });
});

describe('<jrmc-letter-builder> the API’s timing refusals, on their field with the date that worked', () => {
  it('échéance: a renewal too close — under the send date, the last day the letter could leave', async () => {
    const builder = await mount();
    await upToDates(builder, 'echeance');
    const renewal = addDays(await today(), 30);
    await type(builder, '#field-facts-renewalDate', renewal);
    await click(builder, 'input[name="send-mode"][value="now"]');
    const message = await toReviewAndBack(builder, 'field-scheduledDate-error');
    expect(message).to.contain('échéance').and.contain(day('fr', renewalNoticeDeadline(renewal)));
    expect(builder.draft.facts.renewalDate).to.equal(renewal, 'nothing typed is lost');
  });

  it('change of circumstances more than 3 months ago: the last day within the 3 months', async () => {
    const builder = await mount();
    await upToDates(builder, 'changement-situation');
    const event = addDays(await today(), -120);
    await type(builder, '#field-facts-eventDescription', 'Déménagement à Lyon');
    await type(builder, '#field-facts-eventDate', event);
    await click(builder, 'input[name="send-mode"][value="now"]');
    const message = await toReviewAndBack(builder, 'field-scheduledDate-error');
    expect(message).to.contain('3 mois').and.contain(day('fr', situationChangeDeadline(event))).and.contain('ce motif ne permet plus de résilier');
  });

  it('change of circumstances in the future: the API refuses the draft; on the event date, in its own words, with today', async () => {
    const builder = await mount();
    await upToDates(builder, 'changement-situation');
    const now = await today();
    await type(builder, '#field-facts-eventDescription', 'Mariage');
    await click(builder, 'input[name="send-mode"][value="now"]');
    await type(builder, '#field-facts-eventDate', addDays(now, 5));
    // The autosave is refused by the API: its refusal shows under the field, before any "Continue".
    await until(() => builder.saveStatus === 'error' && errorOf(builder, 'facts.eventDate') !== '', 10_000);
    const expected = `Date du changement de situation : elle ne peut pas être dans le futur (au plus tard aujourd’hui, le ${day('fr', now)}).`;
    expect(errorOf(builder, 'facts.eventDate')).to.equal(expected);
    // And the builder does not let the user past the dates with it.
    await next(builder);
    expect(builder.draft.step).to.equal('dates');
    expect(errorOf(builder, 'facts.eventDate')).to.equal(expected);
  });

  it('Hamon before one year of contract: under the new contract’s start, the first day the letter can leave', async () => {
    const builder = await mount();
    await upToDates(builder, 'loi-hamon');
    const now = await today();
    const subscribed = addDays(now, -100);
    await type(builder, '#field-facts-contractStartDate', subscribed);
    await type(builder, '#field-facts-newInsurerName', 'MAIF');
    // A start a letter sent from now can reach (the picker refuses the others).
    const notBefore = dispatchDate({ channel: 'lre', validatedAt: new Date(await sandboxNow()), firstSend: false });
    let start = addDays(now, 40);
    while (!switchSendDate(start, { notBefore }).reachable) start = addDays(start, 1);
    await pickDate(builder, start);
    expect(builder.draft.newContractStart).to.equal(start);
    const message = await toReviewAndBack(builder, 'field-newContractStart-error');
    expect(message).to.contain('un an').and.contain(day('fr', firstSwitchSendDate(subscribed)));
  });

  it('a send date more than a year ahead: the latest day that can be scheduled', async () => {
    const builder = await mount();
    await upToDates(builder, 'diminution-risque');
    const now = await today();
    await click(builder, 'input[name="send-mode"][value="scheduled"]');
    // The picker offers no such day; a draft resumed or prefilled can still carry one.
    const picker = builder.shadowRoot!.querySelector('jrmc-send-date-picker')! as HTMLElement & { value: string };
    picker.value = addDays(now, 400);
    picker.dispatchEvent(new Event('change'));
    await builder.updateComplete;
    const message = await toReviewAndBack(builder, 'field-scheduledDate-error');
    expect(message).to.contain('un an').and.contain(day('fr', latestPlannableDate(now)));
  });

  it('in English: a change of circumstances more than 3 months ago, with the last day in English', async () => {
    const builder = await mount('en');
    await upToDates(builder, 'changement-situation');
    const event = addDays(await today(), -120);
    await type(builder, '#field-facts-eventDescription', 'Moved to Lyon');
    await type(builder, '#field-facts-eventDate', event);
    await click(builder, 'input[name="send-mode"][value="now"]');
    await toReviewAndBack(builder, 'field-scheduledDate-error');
    // The English rule messages load on demand: the refusal is worded again once they are there.
    await until(() => errorOf(builder, 'scheduledDate').includes('3 months'), 5000);
    expect(errorOf(builder, 'scheduledDate')).to.equal(`A change of circumstances is notified within 3 months: last day to send, ${day('en', situationChangeDeadline(event))}; after it, this reason can no longer end the contract.`);
  });
});
