import { expect, oneEvent } from '@open-wc/testing';
import type { JrmcLetterBuilder } from '../jrmc-letter-builder/jrmc-letter-builder.js';
import type { JrmcCreditLowEvent } from '../events/jrmc-events.js';
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

const balanceText = (widget: JrmcCreditWidget) => readable(widget.shadowRoot!.querySelector('.balance')!.textContent);

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-credit-widget>', () => {
  it('tops up by card: new balance and a receipt to download', async () => {
    const widget = await mount(await newAccount({ credit: 5_000 }));
    expect(balanceText(widget)).to.contain('50,00 €');
    const custom = widget.shadowRoot!.querySelector<HTMLInputElement>('#custom-amount')!;
    custom.value = '25,50';
    custom.dispatchEvent(new Event('input'));
    await widget.updateComplete;
    widget.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(() => balanceText(widget).includes('75,50 €'));
    await until(() => (widget.receipts?.length ?? 0) === 2);
    expect(readable(widget.shadowRoot!.querySelector('[role="status"].done')!.textContent)).to.contain('25,50 €');
    expect(readable(widget.shadowRoot!.querySelector('ul.receipts')!.textContent)).to.contain('25,50 €');
  });

  it('refuses an amount out of range without calling JRMC', async () => {
    const widget = await mount(await newAccount({ credit: 5_000 }));
    const custom = widget.shadowRoot!.querySelector<HTMLInputElement>('#custom-amount')!;
    custom.value = '5';
    custom.dispatchEvent(new Event('input'));
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).to.equal(true);
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
      subscriber: { ...builder.draft.subscriber, firstName: 'Jean', lastName: 'Dupont', line1: '1 rue Haute', postcode: '38000', city: 'Grenoble' },
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
