import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { advanceClock, newAccount, providerFor, readable, sendLetter, until, type TestAccount } from '../../test/support/backend.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';
import type { JrmcInvoices } from './jrmc-invoices.js';
import './define.js';

async function mount(account: TestAccount): Promise<JrmcInvoices> {
  const provider = providerFor(account);
  const invoices = document.createElement('jrmc-invoices');
  provider.append(invoices);
  await until(() => invoices.invoices !== null && invoices.receipts !== null);
  return invoices;
}

const text = (element: JrmcInvoices) => readable(element.shadowRoot!.textContent);

/** Catches the next download the component starts: its file name and bytes (read from the object URL). */
function nextDownload(): Promise<{ filename: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  return new Promise((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      HTMLAnchorElement.prototype.click = original;
      const { download, href } = this;
      void fetch(href).then(async (response) => resolve({ filename: download, text: await response.text() }));
    };
  });
}

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-invoices>', () => {
  it('shows the invoice once the clock passes the 1st, with its lines and VAT; its PDF downloads', async () => {
    const account = await newAccount();
    const sent = await sendLetter(account);
    const invoices = await mount(account);
    expect(text(invoices)).to.contain('Aucune facture');
    expect(invoices.receipts!.length).to.equal(1);

    await advanceClock(account, { to: '2026-12-01T00:00:00+01:00' });
    await invoices.closest('jrmc-provider')!.refresh();
    await until(() => (invoices.invoices?.length ?? 0) === 1);
    const invoice = invoices.invoices![0]!;
    expect(invoice.totalInclVat).to.equal(sent.price.inclVat);
    const summary = invoices.shadowRoot!.querySelector<HTMLElement>('summary')!;
    expect(readable(summary.textContent)).to.contain(invoice.number).and.contain('novembre 2026');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => invoices.shadowRoot!.querySelector('details')!.open);
    expect(text(invoices)).to.contain('TVA (20 %)');
    const download = nextDownload();
    invoices.shadowRoot!.querySelector<HTMLButtonElement>('button.download')!.click();
    const pdf = await download;
    expect(pdf.filename).to.equal(`${invoice.number}.pdf`);
    expect(pdf.text.startsWith('%PDF-')).to.equal(true);
  });

  it('downloads the accounting export of a period as CSV with VAT', async () => {
    const account = await newAccount();
    const sent = await sendLetter(account);
    const invoices = await mount(account);
    const download = nextDownload();
    invoices.shadowRoot!.querySelector<HTMLFormElement>('form.export')!.requestSubmit();
    const csv = await download;
    expect(csv.filename).to.equal('jrmc-export-2026-01-01-2026-11-30.csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).to.have.length(2);
    expect(lines[1]).to.contain(sent.id).and.contain('2026-11-30');
    await until(() => text(invoices).includes('1 lettre, '));

    const to = invoices.shadowRoot!.querySelector<HTMLInputElement>('#export-to')!;
    to.value = '2025-12-31';
    to.dispatchEvent(new Event('change'));
    await until(() => text(invoices).includes('précède son début'));
    expect(invoices.shadowRoot!.querySelector<HTMLButtonElement>('form.export button')!.disabled).to.equal(true);
  });

  it('speaks English on demand and is accessible in both schemes', async () => {
    const account = await newAccount();
    await sendLetter(account);
    await advanceClock(account, { to: '2026-12-01T00:00:00+01:00' });
    const invoices = await mount(account);
    await until(() => (invoices.invoices?.length ?? 0) === 1);
    invoices.shadowRoot!.querySelector('details')!.open = true;
    await expectAccessibleInBothSchemes(invoices);
    invoices.locale = 'en';
    await until(() => text(invoices).includes('Monthly invoices'));
    expect(text(invoices)).to.contain('Accounting export');
  });
});
