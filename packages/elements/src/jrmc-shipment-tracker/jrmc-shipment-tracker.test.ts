import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatCents } from '../i18n/format.js';
import { addDays, parisTimeToInstant } from '@jrmc/core';
import type { JrmcLetterCancelledEvent } from '../events/jrmc-events.js';
import { advanceClock, newAccount, providerFor, readable, sandboxDayPlus, sendLetter, sendPaper, until, type TestAccount } from '../../test/support/backend.js';
import type { JrmcShipmentTracker } from './jrmc-shipment-tracker.js';
import './define.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';

async function track(account: TestAccount, letterId: string): Promise<JrmcShipmentTracker> {
  const provider = providerFor(account);
  const tracker = document.createElement('jrmc-shipment-tracker');
  tracker.letterId = letterId;
  provider.append(tracker);
  await until(() => tracker.letter !== null && provider.context.clockVersion > 0);
  return tracker;
}

async function moveTo(account: TestAccount, tracker: JrmcShipmentTracker, params: { to?: string; days?: number }) {
  // As a demo page does: move the sandbox clock, then tell the provider (every element follows its time).
  await advanceClock(account, params);
  await tracker.closest('jrmc-provider')!.refresh();
  await tracker.refresh();
}

async function openDialog(tracker: JrmcShipmentTracker): Promise<HTMLDialogElement> {
  await until(() => tracker.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
  return tracker.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!;
}

const text = (tracker: JrmcShipmentTracker) => readable(tracker.shadowRoot!.textContent);

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-shipment-tracker>', () => {
  it('follows a letter through the clock to SIGNE, explained, with proofs', async () => {
    const account = await newAccount();
    const letter = await sendLetter(account, { withAcknowledgement: true });
    const tracker = await track(account, letter.id);
    expect(tracker.shadowRoot!.querySelector('.status')!.textContent).to.equal('Déposé');
    const changed = oneEvent(tracker, 'jrmc-status-change');
    await moveTo(account, tracker, { days: 3 });
    expect((await changed).detail.status).to.equal('signed');
    expect(text(tracker)).to.contain('SIGNE : le destinataire a accepté le courrier');
    const proofs = [...tracker.shadowRoot!.querySelectorAll('ul.proofs button')].map((button) => button.textContent);
    expect(proofs.join(' ')).to.contain('Avis de dépôt').and.contain('Avis de réception').and.contain('Copie du courrier');
  });

  it('shows an LRE nobody collects as expired, with its notice', async () => {
    const account = await newAccount();
    const letter = await sendLetter(account, { contract: 'X-SANDBOX-EXPIRE' });
    const tracker = await track(account, letter.id);
    await moveTo(account, tracker, { days: 17 });
    expect(tracker.letter!.status).to.equal('expired');
    expect(text(tracker)).to.contain('Expiré : non retiré dans le délai de 15 jours').and.contain('Avis d’expiration');
  });

  it('cancels on the eve after a confirmation with the refund, and reschedules after one with the price', async () => {
    const account = await newAccount();
    // The sandbox clock is shared by the whole file: dates are relative to it.
    const day = await sandboxDayPlus(10);
    const letter = await sendLetter(account, { mode: 'scheduled', scheduledDate: day });
    const tracker = await track(account, letter.id);
    await moveTo(account, tracker, { to: parisTimeToInstant(addDays(day, -1), '23:30').toISOString() });
    expect(tracker.shadowRoot!.querySelector('button.cancel')).to.not.equal(null, 'still cancellable at 23:30 on the eve');
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.cancel')!.click();
    let dialog = await openDialog(tracker);
    expect(readable(dialog.textContent)).to.contain(readable(formatCents('fr', letter.price.inclVat))).and.contain('recrédités');
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    await until(() => tracker.shadowRoot!.querySelector('dialog') === null);
    expect(tracker.letter!.status).to.equal('scheduled', 'keeping it changes nothing');
    const cancelled = oneEvent(tracker, 'jrmc-letter-cancelled');
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.cancel')!.click();
    dialog = await openDialog(tracker);
    dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    expect(((await cancelled) as JrmcLetterCancelledEvent).detail.refunded).to.equal(letter.price.inclVat);
    await until(() => tracker.letter?.status === 'cancelled' && !tracker.busy);
    const later = addDays(day, 5);
    tracker.reschedule = { ...tracker.reschedule, mode: 'scheduled', date: later, withAcknowledgement: false };
    await until(() => readable(tracker.shadowRoot!.querySelector('.quote')?.textContent).includes('Départ le'));
    const quoted = readable(tracker.shadowRoot!.querySelector('.quote')!.textContent);
    const rescheduled = oneEvent(tracker, 'jrmc-letter-rescheduled');
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.reschedule')!.click();
    dialog = await openDialog(tracker);
    expect(readable(dialog.textContent)).to.contain(quoted.split('·')[1]!.trim().split(' TTC')[0]!);
    dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    await rescheduled;
    await until(() => tracker.letter?.status === 'scheduled' && tracker.letter.dispatchDate === later && tracker.letter.withAcknowledgement === false);
  });

  it('reschedules by keyboard alone: send now, without AR, confirmed', async () => {
    const account = await newAccount();
    const letter = await sendLetter(account, { mode: 'scheduled', scheduledDate: await sandboxDayPlus(15) });
    const tracker = await track(account, letter.id);
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.cancel')!.focus();
    await sendKeys({ press: 'Enter' });
    await openDialog(tracker);
    await sendKeys({ press: 'Tab' }); // from "keep" to "cancel the sending"
    await sendKeys({ press: 'Enter' });
    await until(() => tracker.letter?.status === 'cancelled' && !tracker.busy && tracker.shadowRoot!.querySelector('fieldset.reschedule') !== null);
    // Keyboard users start from the form's first control.
    tracker.shadowRoot!.querySelector<HTMLInputElement>('input[name="reschedule-mode"]:checked')!.focus();
    await sendKeys({ press: 'ArrowUp' }); // "Envoyer maintenant"
    await until(() => tracker.reschedule.mode === 'now');
    await sendKeys({ press: 'Tab' }); // the AR group
    await sendKeys({ press: 'ArrowDown' }); // "Sans accusé de réception"
    await until(() => tracker.reschedule.withAcknowledgement === false);
    await until(() => readable(tracker.shadowRoot!.querySelector('.quote')?.textContent).includes('Départ le'));
    await sendKeys({ press: 'Tab' });
    expect(tracker.shadowRoot!.activeElement?.classList.contains('reschedule')).to.equal(true, 'Tab reaches the reschedule button');
    const rescheduled = oneEvent(tracker, 'jrmc-letter-rescheduled');
    await sendKeys({ press: 'Enter' });
    await openDialog(tracker);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await rescheduled;
    await until(() => tracker.letter !== null && tracker.letter.status !== 'cancelled' && tracker.letter.withAcknowledgement === false);
    expect(tracker.letter!.sendMode).to.equal('now');
  });

  it('reschedules a Hamon letter by its new contract start; the API computes the send date', async () => {
    const account = await newAccount();
    const start = addDays(await sandboxDayPlus(0), 75);
    const letter = await sendLetter(account, { reason: 'loi-hamon', facts: { newInsurerName: 'MAIF', contractStartDate: '2024-03-01' }, mode: 'scheduled', newContractStart: start });
    const tracker = await track(account, letter.id);
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.cancel')!.click();
    (await openDialog(tracker)).querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    await until(() => tracker.letter?.status === 'cancelled' && tracker.shadowRoot!.querySelector('fieldset.reschedule jrmc-send-date-picker') !== null);
    const picker = tracker.shadowRoot!.querySelector('fieldset.reschedule jrmc-send-date-picker')!;
    expect(picker.getAttribute('mode')).to.equal('switch-start');
    expect(tracker.shadowRoot!.querySelector('input[name="reschedule-mode"]')).to.equal(null, 'no "send now": the start decides');
    const later = addDays(start, 7);
    tracker.reschedule = { ...tracker.reschedule, date: later };
    await until(() => readable(tracker.shadowRoot!.querySelector('.quote')?.textContent).includes('Départ le'));
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.reschedule')!.click();
    (await openDialog(tracker)).querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    await until(() => tracker.letter?.status === 'scheduled');
    const rescheduled = tracker.letter!;
    expect(rescheduled.service === 'termination' && rescheduled.newContractStart).to.equal(later);
    expect(rescheduled.dispatchDate! < later).to.equal(true, 'sent before the start, as computed by the API');
  });

  it('offers no cancel on the scheduled day itself', async () => {
    const account = await newAccount();
    const day = await sandboxDayPlus(20);
    const letter = await sendLetter(account, { mode: 'scheduled', scheduledDate: day });
    const tracker = await track(account, letter.id);
    expect(tracker.shadowRoot!.querySelector('button.cancel')).to.not.equal(null);
    await moveTo(account, tracker, { to: parisTimeToInstant(day, '00:30').toISOString() });
    expect(tracker.shadowRoot!.querySelector('button.cancel')).to.equal(null);
  });

  it('opens an investigation for paper still in transit after 15 days', async () => {
    const account = await newAccount();
    const paper = await sendPaper(account, 'Perdu SANDBOX-PERDU');
    const tracker = await track(account, paper.id);
    await moveTo(account, tracker, { days: 2 });
    expect(tracker.letter!.status).to.equal('in_transit');
    expect(tracker.shadowRoot!.querySelector('button.investigate')).to.equal(null);
    await moveTo(account, tracker, { days: 15 });
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.investigate')!.click();
    await until(() => tracker.letter?.service === 'paper-mail' && tracker.letter.investigation !== null);
    expect(text(tracker)).to.contain('Enquête ouverte');
  });

  it('polls by itself: the status moves without anyone calling refresh()', async () => {
    const account = await newAccount();
    const letter = await sendLetter(account, { withAcknowledgement: true });
    const tracker = await track(account, letter.id);
    tracker.pollInterval = 50;
    const changed = oneEvent(tracker, 'jrmc-status-change');
    await advanceClock(account, { days: 3 });
    expect((await changed).detail.status).to.equal('signed');
    await until(() => tracker.shadowRoot!.querySelector('.status')!.textContent === 'SIGNE');
  });

  it('stops refreshing once the status is final', async () => {
    const account = await newAccount();
    const letter = await sendLetter(account, { contract: 'R-SANDBOX-REFUSE' });
    await advanceClock(account, { days: 2 });
    const tracker = await track(account, letter.id);
    expect(tracker.letter!.status).to.equal('refused');
    let calls = 0;
    const original = tracker.refresh.bind(tracker);
    tracker.refresh = async () => {
      calls += 1;
      await original();
    };
    tracker.pollInterval = 20;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).to.equal(0);
  });

  it('has no axe violation, light or dark', async () => {
    const account = await newAccount();
    const letter = await sendLetter(account, { mode: 'scheduled', scheduledDate: await sandboxDayPlus(30) });
    const tracker = await track(account, letter.id);
    await expectAccessibleInBothSchemes(tracker);
  });
});

describe('<jrmc-shipment-tracker> paper mail: what each product really offers', () => {
  it('an écopli has an estimate only: still “Déposé” after three weeks, no tracking number, no deposit proof, no investigation', async () => {
    const account = await newAccount();
    const paper = await sendPaper(account, 'Mairie SANDBOX-PERDU', 'ecopli');
    const tracker = await track(account, paper.id);
    await moveTo(account, tracker, { days: 21 });
    expect(tracker.letter!.status).to.equal('sent');
    expect(text(tracker)).to.contain('Distribution estimée le').and.contain('pas de suivi').and.contain('Déposé à La Poste');
    expect(text(tracker)).to.not.contain('Numéro de suivi');
    expect(tracker.proofs.map((proof) => proof.kind)).to.deep.equal(['letter']);
    expect(tracker.shadowRoot!.querySelector('form.investigation')).to.equal(null);
  });

  it('a lettre suivie shows its tracking number and steps until delivered; SANDBOX-RETOUR ends returned', async () => {
    const account = await newAccount();
    const suivie = await sendPaper(account, 'Mairie de Lyon', 'lettre-suivie');
    const tracker = await track(account, suivie.id);
    expect(text(tracker)).to.contain('Numéro de suivi La Poste');
    await moveTo(account, tracker, { days: 10 });
    expect(tracker.letter!.status).to.equal('delivered');
    expect(text(tracker)).to.contain('En cours d’acheminement par La Poste').and.contain('Distribué');
    expect(tracker.proofs.map((proof) => proof.kind)).to.deep.equal(['letter']);
    const returned = await sendPaper(account, 'Société SANDBOX-RETOUR', 'recommande');
    tracker.letterId = returned.id;
    await moveTo(account, tracker, { days: 10 });
    expect(tracker.letter!.status).to.equal('returned');
    expect(tracker.proofs.map((proof) => proof.kind).sort()).to.deep.equal(['deposit', 'letter']);
  });

  it('sends the investigation message the user typed and shows it with the date', async () => {
    const account = await newAccount();
    const paper = await sendPaper(account, 'Perdu SANDBOX-PERDU', 'lettre-suivie');
    const tracker = await track(account, paper.id);
    await moveTo(account, tracker, { days: 17 });
    const field = tracker.shadowRoot!.querySelector<HTMLTextAreaElement>('#investigation-message')!;
    field.value = 'Le destinataire n’a rien reçu.';
    field.dispatchEvent(new Event('input'));
    await tracker.updateComplete;
    tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.investigate')!.click();
    await until(() => tracker.letter?.service === 'paper-mail' && tracker.letter.investigation !== null);
    expect(text(tracker)).to.contain('Enquête ouverte').and.contain('Le destinataire n’a rien reçu.');
  });
});
