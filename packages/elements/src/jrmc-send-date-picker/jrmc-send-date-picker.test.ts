import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { JrmcSendDatePicker } from './jrmc-send-date-picker.js';
import './define.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';

// Tuesday 1 December 2026, 20:05 Paris: today's LRE cut-off has passed.
const EVENING = '2026-12-01T19:05:00Z';

function cell(picker: JrmcSendDatePicker, date: string): HTMLElement {
  const found = picker.shadowRoot!.querySelector<HTMLElement>(`td[data-date="${date}"]`);
  if (!found) throw new Error(`no cell for ${date}`);
  return found;
}

async function key(picker: JrmcSendDatePicker, name: string): Promise<void> {
  const active = picker.shadowRoot!.querySelector<HTMLElement>('td[tabindex="0"]')!;
  active.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
  await picker.updateComplete;
}

describe('<jrmc-send-date-picker>', () => {
  it('disables today after the 20:00 cut-off and the past, with the reason', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker now=${EVENING} value="2026-12-02"></jrmc-send-date-picker>`);
    expect(cell(picker, '2026-12-01').getAttribute('aria-disabled')).to.equal('true');
    expect(cell(picker, '2026-12-01').title).to.equal('Heure limite d’envoi du jour dépassée');
    expect(cell(picker, '2026-12-02').getAttribute('aria-disabled')).to.equal('false');
    expect(cell(picker, '2026-12-25').getAttribute('aria-disabled')).to.equal('false', 'LRE leaves on holidays too');
    await key(picker, 'PageUp');
    expect(cell(picker, '2026-11-30').title).to.equal('Date passée');
  });

  it('in paper mode, disables weekends and holidays, naming them', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker mode="paper" now=${EVENING} value="2026-12-24"></jrmc-send-date-picker>`);
    expect(cell(picker, '2026-12-25').title).to.equal('Jour férié : Noël');
    expect(cell(picker, '2026-12-26').title).to.equal('Pas d’envoi papier ce jour (week-end)');
    expect(cell(picker, '2026-12-24').getAttribute('aria-disabled')).to.equal('false');
  });

  it('in switch-start mode, disables 1 January with the nearest starts and shows the computed send date', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker mode="switch-start" now="2026-11-20T09:00:00Z" value="2027-01-02"></jrmc-send-date-picker>`);
    await key(picker, 'PageUp');
    expect(cell(picker, '2026-12-31').getAttribute('aria-disabled')).to.equal('false');
    await key(picker, 'PageDown');
    const newYear = cell(picker, '2027-01-01');
    expect(newYear.getAttribute('aria-disabled')).to.equal('true');
    expect(newYear.title).to.contain('31 décembre 2026').and.contain('2 janvier 2027');
    const status = picker.shadowRoot!.querySelector('[part="status"]')!.textContent!;
    expect(status).to.contain('Envoi le 30 novembre 2026');
  });

  it('in loan-start mode, refuses less than 25 days after sending', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker mode="loan-start" send-date="2026-12-01" value="2026-12-26"></jrmc-send-date-picker>`);
    expect(cell(picker, '2026-12-25').title).to.equal('Moins de 25 jours après l’envoi');
    expect(cell(picker, '2026-12-26').getAttribute('aria-disabled')).to.equal('false');
  });

  it('is operable by keyboard: arrows, Home/End, PageDown, Enter', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker now=${EVENING} value="2026-12-02"></jrmc-send-date-picker>`);
    cell(picker, '2026-12-02').focus();
    await key(picker, 'ArrowRight');
    await key(picker, 'ArrowDown');
    expect(picker.shadowRoot!.activeElement?.getAttribute('data-date')).to.equal('2026-12-10');
    await key(picker, 'End');
    expect(picker.shadowRoot!.activeElement?.getAttribute('data-date')).to.equal('2026-12-13');
    await key(picker, 'PageDown');
    expect(picker.shadowRoot!.activeElement?.getAttribute('data-date')).to.equal('2027-01-13');
    setTimeout(() => void key(picker, 'Enter'));
    await oneEvent(picker, 'change');
    expect(picker.value).to.equal('2027-01-13');
    // Enter on a disabled day changes nothing.
    await key(picker, 'Home');
    await key(picker, 'PageUp');
    await key(picker, 'PageUp');
    expect(picker.shadowRoot!.activeElement?.getAttribute('aria-disabled')).to.equal('true');
    await key(picker, 'Enter');
    expect(picker.value).to.equal('2027-01-13');
  });

  it('submits, validates and resets inside a native form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><jrmc-send-date-picker name="sendDate" required now=${EVENING}></jrmc-send-date-picker><button>OK</button></form>`);
    const picker = form.querySelector('jrmc-send-date-picker')!;
    await picker.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(picker.validity.valueMissing).to.equal(true);
    expect(picker.validationMessage).to.equal('Choisissez une date d’envoi.', 'says what is missing, not a generic "required"');
    cell(picker, '2026-12-03').click();
    await picker.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('sendDate')).to.equal('2026-12-03');
    let submitted: FormData | null = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    form.requestSubmit();
    expect(submitted!.get('sendDate')).to.equal('2026-12-03');
    form.reset();
    await picker.updateComplete;
    expect(picker.value).to.equal('');
    // A value the rules refuse is invalid too.
    picker.value = '2026-12-01';
    await picker.updateComplete;
    expect(picker.validity.customError).to.equal(true);
    expect(picker.validationMessage).to.equal('Date indisponible : Heure limite d’envoi du jour dépassée.');
  });

  it('asks for the new contract’s start when that is what is missing', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker mode="switch-start" required locale="en" now=${EVENING}></jrmc-send-date-picker>`);
    // English strings load on demand (French pages never download them): French shows until they arrive.
    await waitUntil(() => picker.validationMessage === 'Choose the new contract’s start date.', 'English arrives', { timeout: 3000 });
  });

  it('has a visible label, a legend of the closed days shown, and says why a day is closed on hover as on focus', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker mode="paper" label="Date de dépôt" now=${EVENING} value="2026-12-24"></jrmc-send-date-picker>`);
    expect(picker.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Date de dépôt');
    const legend = picker.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    expect(legend).to.contain('Jour férié').and.contain('Pas d’envoi papier (week-end)').and.contain('Heure limite dépassée');
    expect(legend).to.not.contain('Prise d’effet impossible', 'only the kinds this month shows');
    const status = () => picker.shadowRoot!.querySelector('[part="status"]')!.textContent!;
    cell(picker, '2026-12-25').dispatchEvent(new MouseEvent('mouseenter'));
    await picker.updateComplete;
    expect(status()).to.contain('Jour férié : Noël');
    picker.shadowRoot!.querySelector('.calendar')!.dispatchEvent(new MouseEvent('mouseleave'));
    cell(picker, '2026-12-24').focus();
    await key(picker, 'ArrowRight');
    expect(status()).to.contain('Jour férié : Noël');
    expect(cell(picker, '2026-12-25').classList.contains('kind-holiday')).to.equal(true);
  });

  it('writes the hovered day and its reason with each language\'s own colon', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker mode="paper" now=${EVENING}></jrmc-send-date-picker>`);
    const status = () => picker.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
    cell(picker, '2026-12-25').dispatchEvent(new MouseEvent('mouseenter'));
    await picker.updateComplete;
    expect(status()).to.equal('25 décembre 2026 : Jour férié : Noël');
    picker.locale = 'en';
    await waitUntil(() => status().startsWith('25 December 2026: '), 'English arrives', { timeout: 3000 });
    // Holiday names are French proper names (core's calendar), in both languages.
    expect(status()).to.equal('25 December 2026: Public holiday: Noël');
  });

  it('keeps the same width whatever the month', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker now=${EVENING} value="2026-12-02"></jrmc-send-date-picker>`);
    const calendar = picker.shadowRoot!.querySelector<HTMLElement>('.calendar')!;
    const widths = new Set<number>();
    cell(picker, '2026-12-02').focus();
    for (let month = 0; month < 12; month += 1) {
      widths.add(Math.round(calendar.getBoundingClientRect().width));
      await key(picker, 'PageDown');
    }
    expect([...widths]).to.have.length(1);
  });

  it('stays inside a column narrower than its calendar (a phone)', async () => {
    const column = await fixture<HTMLDivElement>(html`<div style="width: 290px"><jrmc-send-date-picker now=${EVENING} value="2026-12-02"></jrmc-send-date-picker></div>`);
    const picker = column.querySelector<JrmcSendDatePicker>('jrmc-send-date-picker')!;
    await picker.updateComplete;
    const calendar = picker.shadowRoot!.querySelector<HTMLElement>('.calendar')!.getBoundingClientRect();
    expect(calendar.right).to.be.at.most(column.getBoundingClientRect().right + 0.5);
  });

  it('speaks English when asked', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker locale="en" mode="paper" now=${EVENING} value="2026-12-24"></jrmc-send-date-picker>`);
    // No French first: the element's first render waits for the English table, loaded on demand.
    expect(cell(picker, '2026-12-25').title).to.equal('Public holiday: Noël');
    expect(picker.shadowRoot!.querySelector('h2')!.textContent).to.equal('December 2026');
  });

  it('has no axe violation, light or dark', async () => {
    const picker = await fixture<JrmcSendDatePicker>(html`<jrmc-send-date-picker label="Date d’envoi" now=${EVENING} value="2026-12-02"></jrmc-send-date-picker>`);
    await expectAccessibleInBothSchemes(picker);
  });
});
