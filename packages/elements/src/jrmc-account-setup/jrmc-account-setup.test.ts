import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { JrmcAccountReadyEvent } from '../events/jrmc-events.js';
import type { JrmcCreditWidget } from '../jrmc-credit-widget/jrmc-credit-widget.js';
import { advanceClock, newAccount, newProfile, providerAs, readable, until, type TestAccount } from '../../test/support/backend.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';
import type { JrmcAccountSetup } from './jrmc-account-setup.js';
import './define.js';
import '../jrmc-credit-widget/define.js';

async function mount(account: TestAccount, profileId: string, withCredit = false): Promise<{ setup: JrmcAccountSetup; credit: JrmcCreditWidget | null }> {
  const provider = providerAs(account, profileId);
  const setup = document.createElement('jrmc-account-setup');
  provider.append(setup);
  let credit: JrmcCreditWidget | null = null;
  if (withCredit) {
    credit = document.createElement('jrmc-credit-widget');
    credit.id = 'jrmc-credit';
    credit.paymentToken = 'tok_visa';
    provider.append(credit);
  }
  await until(() => setup.account !== null);
  return { setup, credit };
}

const text = (setup: JrmcAccountSetup) => readable(setup.shadowRoot!.textContent);
const $ = <T extends Element>(setup: JrmcAccountSetup, selector: string) => setup.shadowRoot!.querySelector<T>(selector)!;

function chooseFile(setup: JrmcAccountSetup, name: string): void {
  const input = $<HTMLInputElement>(setup, '#proof-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

async function typeInto(setup: JrmcAccountSetup, selector: string, value: string): Promise<void> {
  $<HTMLInputElement>(setup, selector).focus();
  await sendKeys({ type: value });
}

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-account-setup>', () => {
  it('takes a new account from nothing to ready with a manager session, by keyboard', async () => {
    const account = await newAccount({ ready: false, credit: 0, hasSent: false });
    const { setup, credit } = await mount(account, account.profileId, true);
    expect(text(setup)).to.contain('0 étape(s) sur 3').and.contain('Attestation ORIAS').and.contain('Aucun document envoyé');
    expect($<HTMLProgressElement>(setup, 'progress').value).to.equal(0);
    expect($<HTMLAnchorElement>(setup, 'a[part="top-up-link"]').getAttribute('href')).to.equal('#jrmc-credit');
    expect(text(setup)).to.contain('Disponible après le premier crédit');

    // Identity proof: a wrong ORIAS number is named inline, nothing is sent.
    chooseFile(setup, 'orias.pdf');
    await typeInto(setup, '#orias', '1234');
    $<HTMLButtonElement>(setup, 'form button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text(setup).includes('exactement 8 chiffres'));
    expect(setup.shadowRoot!.activeElement?.id).to.equal('orias');
    await sendKeys({ type: '5678' });
    $<HTMLButtonElement>(setup, 'form button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text(setup).includes('vérification en cours'));

    // JRMC's team answers within the hour on the account's clock.
    await advanceClock(account, { seconds: 3600 });
    await setup.closest('jrmc-provider')!.refresh();
    await until(() => text(setup).includes('Document vérifié'));
    expect(text(setup)).to.contain('1 étape(s) sur 3');

    // First top-up through the credit widget on the same page.
    credit!.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(() => credit!.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
    credit!.shadowRoot!.querySelector<HTMLButtonElement>('dialog button[value="confirm"]')!.click();
    await until(() => text(setup).includes('Compte crédité'));
    expect(text(setup)).to.contain('2 étape(s) sur 3');

    // The mandate: every field checked by core before anything is sent.
    $<HTMLButtonElement>(setup, 'form[aria-labelledby="mandate-title"] button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => setup.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length === 4);
    expect(setup.shadowRoot!.activeElement?.id).to.equal('signatoryName');
    await sendKeys({ type: 'Claire Durand' });
    await typeInto(setup, '#signatoryEmail', 'claire@test.fr');
    await typeInto(setup, '#signatoryMobile', '01 23 45 67 89');
    await typeInto(setup, '#companySiren', '732 829 320');
    await until(() => text(setup).includes('mobile français'));
    const mobile = $<HTMLInputElement>(setup, '#signatoryMobile');
    mobile.focus();
    mobile.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '06 12 34 56 78' });
    const ready = oneEvent(setup, 'jrmc-account-ready') as Promise<JrmcAccountReadyEvent>;
    $<HTMLButtonElement>(setup, 'form[aria-labelledby="mandate-title"] button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    const event = await ready;
    expect(event.detail.account.status).to.equal('ready');
    expect(text(setup)).to.contain('3 étape(s) sur 3').and.contain('Votre compte est prêt').and.contain('Mandat signé').and.contain('Claire Durand');
  });

  it('shows a rejected proof with its reason, and lets a new one be sent', async () => {
    const account = await newAccount({ ready: false, credit: 0 });
    const { setup } = await mount(account, account.profileId);
    chooseFile(setup, 'orias-rejected.pdf');
    await typeInto(setup, '#orias', '12345678');
    $<HTMLFormElement>(setup, 'form').requestSubmit();
    await until(() => text(setup).includes('vérification en cours'));
    await advanceClock(account, { seconds: 3600 });
    await setup.reload();
    await until(() => text(setup).includes('Document refusé'));
    expect(text(setup)).to.contain('illisible');
    expect($<HTMLInputElement>(setup, '#proof-file')).to.exist;
  });

  it('tells a collaborator that only a manager can do the step (the API refuses its session)', async () => {
    const account = await newAccount({ ready: false, credit: 0 });
    const lea = await newProfile(account, { role: 'collaborator' });
    const { setup } = await mount(account, lea.id);
    chooseFile(setup, 'orias.pdf');
    await typeInto(setup, '#orias', '12345678');
    $<HTMLFormElement>(setup, 'form').requestSubmit();
    await until(() => text(setup).includes('Seul un gestionnaire'));
    expect(text(setup)).to.contain('Aucun document envoyé');
  });

  it('speaks English on demand and is accessible in both schemes', async () => {
    const account = await newAccount({ ready: false, credit: 0 });
    const { setup } = await mount(account, account.profileId);
    await expectAccessibleInBothSchemes(setup);
    setup.locale = 'en';
    await until(() => text(setup).includes('Account setup'));
    expect(text(setup)).to.contain('0 of 3 steps done').and.contain('ORIAS certificate');
  });
});
