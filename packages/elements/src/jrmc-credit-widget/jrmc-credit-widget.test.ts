import { expect, oneEvent } from '@open-wc/testing';
import type { JrmcLetterBuilder } from '../jrmc-letter-builder/jrmc-letter-builder.js';
import { sendKeys } from '@web/test-runner-commands';
import type { JrmcCreditLowEvent, JrmcErrorEvent } from '../events/jrmc-events.js';
import { newAccount, providerFor, readable, sandboxNow, until, type TestAccount } from '../../test/support/backend.js';
import type { JrmcCreditWidget } from './jrmc-credit-widget.js';
import './define.js';
import '../jrmc-letter-builder/define.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';

async function mount(account: TestAccount, threshold = 0): Promise<JrmcCreditWidget> {
  const provider = providerFor(account);
  const widget = document.createElement('jrmc-credit-widget');
  widget.lowThreshold = threshold;
  provider.append(widget);
  await until(() => widget.shadowRoot?.querySelector('.balance')?.textContent?.includes('€') === true && widget.receipts !== null);
  return widget;
}

async function typeAmount(widget: JrmcCreditWidget, text: string): Promise<void> {
  const custom = widget.shadowRoot!.querySelector<HTMLInputElement>('#custom-amount')!;
  custom.value = text;
  custom.dispatchEvent(new Event('input'));
  await widget.updateComplete;
}

async function openDialog(widget: JrmcCreditWidget): Promise<HTMLDialogElement> {
  await until(() => widget.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
  return widget.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!;
}

const balanceText = (widget: JrmcCreditWidget) => readable(widget.shadowRoot!.querySelector('.balance')!.textContent);

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-credit-widget>', () => {
  it('tops up by card after a confirmation stating the amount: new balance and a receipt to download', async () => {
    const widget = await mount(await newAccount({ credit: 5_000 }));
    const tokenized: number[] = [];
    widget.tokenize = (amount) => {
      tokenized.push(amount);
      return 'tok_visa';
    };
    expect(balanceText(widget)).to.contain('50,00 €');
    await typeAmount(widget, '25,50');
    widget.shadowRoot!.querySelector('form')!.requestSubmit();
    const dialog = await openDialog(widget);
    expect(readable(dialog.textContent)).to.contain('25,50 €').and.contain('75,50 €');
    expect(tokenized, 'nothing tokenized before the user confirms').to.deep.equal([]);
    dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    await until(() => balanceText(widget).includes('75,50 €'));
    expect(tokenized).to.deep.equal([2550]);
    await until(() => (widget.receipts?.length ?? 0) === 2);
    expect(readable(widget.shadowRoot!.querySelector('[role="status"].done')!.textContent)).to.contain('25,50 €');
    expect(readable(widget.shadowRoot!.querySelector('ul.receipts')!.textContent)).to.contain('25,50 €');
  });

  it('says inline what is wrong with an amount, and does not let it be paid', async () => {
    const widget = await mount(await newAccount({ credit: 5_000 }));
    widget.paymentToken = 'tok_visa';
    const cases: [string, string][] = [
      ['5', 'Montant trop faible : au moins 10,00 €.'],
      ['20000', 'Montant trop élevé : au plus 10 000,00 €.'],
      ['12,345', 'Au plus deux décimales (centimes).'],
      ['douze', 'Saisissez un montant en euros, par exemple 150 ou 150,50.'],
    ];
    for (const [typed, message] of cases) {
      await typeAmount(widget, typed);
      const input = widget.shadowRoot!.querySelector<HTMLInputElement>('#custom-amount')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(readable(widget.shadowRoot!.querySelector('#custom-amount-error')!.textContent)).to.equal(readable(message));
      expect(widget.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).to.equal(true);
    }
    await typeAmount(widget, '1 000,5');
    expect(widget.shadowRoot!.querySelector('#custom-amount-error')).to.equal(null);
    expect(readable(widget.shadowRoot!.querySelector('button[type="submit"]')!.textContent)).to.contain('1 000,50 €');
  });

  it('without payment-token or tokenize, says so and charges nothing', async () => {
    const widget = await mount(await newAccount({ credit: 5_000 }));
    const failed = oneEvent(widget, 'jrmc-error');
    widget.shadowRoot!.querySelector('form')!.requestSubmit();
    expect(((await failed) as JrmcErrorEvent).detail.message).to.contain('payment-token');
    expect(widget.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(readable(widget.shadowRoot!.querySelector('[role="status"].error')!.textContent)).to.contain('Paiement par carte non configuré');
    expect(balanceText(widget)).to.contain('50,00 €');
  });

  it('pays nothing when the confirmation is dismissed with Escape', async () => {
    const widget = await mount(await newAccount({ credit: 5_000 }));
    widget.paymentToken = 'tok_visa';
    widget.shadowRoot!.querySelector('form')!.requestSubmit();
    const dialog = await openDialog(widget);
    expect(widget.shadowRoot!.activeElement?.getAttribute('value')).to.equal('cancel', 'focus starts on the safe choice');
    await sendKeys({ press: 'Escape' });
    await until(() => widget.shadowRoot!.querySelector('dialog') === null);
    expect(dialog.open).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(widget.receipts?.length ?? 0).to.equal(1, 'only the opening credit’s receipt');
    expect(balanceText(widget)).to.contain('50,00 €');
  });

  it('warns and emits jrmc-credit-low under the threshold', async () => {
    const account = await newAccount({ credit: 1_000 });
    const provider = providerFor(account);
    const widget = document.createElement('jrmc-credit-widget');
    widget.lowThreshold = 2_000;
    const low = oneEvent(widget, 'jrmc-credit-low');
    provider.append(widget);
    const event = (await low) as JrmcCreditLowEvent;
    expect(event.detail).to.deep.equal({ balance: 1_000, threshold: 2_000 });
    await widget.updateComplete;
    expect(readable(widget.shadowRoot!.querySelector('.low')!.textContent)).to.contain('20,00 €');
  });

  it('follows a send made by a builder under the same provider', async () => {
    const account = await newAccount({ credit: 10_000 });
    const widget = await mount(account);
    const builder = document.createElement('jrmc-letter-builder') as JrmcLetterBuilder;
    builder.now = await sandboxNow();
    widget.closest('jrmc-provider')!.append(builder);
    await until(() => builder.jrmc.account !== null);
    builder.draft = {
      ...builder.draft,
      subscriber: { ...builder.draft.subscriber, civility: 'M.', firstName: 'Jean', lastName: 'Dupont', line1: '1 rue Haute', postcode: '38000', city: 'Grenoble' },
      recipient: { id: 'ins_axa', name: 'AXA France IARD', address: { line1: '313 Terrasses de l’Arche', postcode: '92727', city: 'Nanterre Cedex' } },
      reason: 'custom',
      customReasonText: 'Départ',
      contracts: ['W-1'],
      sendMode: 'now',
      withAcknowledgement: false,
      step: 'review',
    };
    await until(() => builder.quoteState.value !== null);
    const price = builder.quoteState.value!.price.inclVat;
    builder.shadowRoot!.querySelector<HTMLButtonElement>('button.confirm')!.click();
    await until(() => balanceText(widget).includes(((10_000 - price) / 100).toFixed(2).replace('.', ',')));
  });

  it('has no axe violation, light or dark', async () => {
    const widget = await mount(await newAccount({ credit: 5_000 }), 10_000);
    await expectAccessibleInBothSchemes(widget);
  });
});
