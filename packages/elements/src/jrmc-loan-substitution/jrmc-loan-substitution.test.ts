import '../../test/support/defer-resize-observer.js';
import { expect, oneEvent } from '@open-wc/testing';
import type { JrmcLoanSubstitution } from './jrmc-loan-substitution.js';
import { apiOf, newAccount, providerFor, readable, sandboxDayPlus, until } from '../../test/support/backend.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';
import './define.js';

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

// A real one-page A4 PDF (the sandbox opens attachments to merge them into the letter).
const ONE_PAGE_PDF =
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

function chooseFile(input: HTMLInputElement, name: string, content: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/pdf' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types into a field as a user would (one input event with the whole value). */
function type(host: JrmcLoanSubstitution, id: string, value: string): void {
  const input = host.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(host: JrmcLoanSubstitution, id: string, value: string): void {
  const select = host.shadowRoot!.getElementById(id) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function fillIn(host: JrmcLoanSubstitution, start: string): Promise<void> {
  type(host, 'firstName', 'Léa');
  type(host, 'lastName', 'Autosave');
  type(host, 'line1', '8 rue des Tilleuls');
  type(host, 'postcode', '33000');
  type(host, 'city', 'Bordeaux');
  choose(host, 'bankId', 'bnk_sg');
  await host.updateComplete;
  type(host, 'loans', 'PR-A1 / PR-A2');
  choose(host, 'oldInsurerId', 'ins_cnp');
  type(host, 'oldContracts', 'CNP-44');
  type(host, 'newInsurerName', 'April');
  type(host, 'newContracts', 'APR-7 / APR-8');
  await host.updateComplete;
  const picker = host.shadowRoot!.querySelector('jrmc-send-date-picker') as HTMLElement & { value: string };
  picker.value = start;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<jrmc-loan-substitution> autosave, resume and attachments', () => {
  it('saves itself once complete, keeps every later edit, and resumes from dossier-id with every field and file', async () => {
    const account = await newAccount();
    const provider = providerFor(account);
    const first = document.createElement('jrmc-loan-substitution');
    provider.append(first);
    await until(() => first.banks.length > 0 && first.insurers.length > 0 && provider.context.clockVersion > 0);
    const start = await sandboxDayPlus(90);
    const status = () => readable(first.shadowRoot!.querySelector('.save-status')?.textContent);

    type(first, 'firstName', 'Léa');
    await first.updateComplete;
    expect(status()).to.contain('Complétez les champs obligatoires', 'an incomplete form says why it is not saved yet');

    const saved = oneEvent(first, 'jrmc-dossier-saved');
    await fillIn(first, start);
    const dossierId = (await saved).detail.dossierId;
    expect(first.getAttribute('dossier-id')).to.equal(dossierId);
    await until(() => status().includes(dossierId));

    // A non-PDF is refused with its reason and nothing is attached; a real PDF is.
    const input = () => first.shadowRoot!.querySelector<HTMLInputElement>('#conditions')!;
    chooseFile(input(), 'conditions.png', 'GIF89a not a pdf');
    await until(() => readable(first.shadowRoot!.textContent).includes('n’est pas un PDF'));
    expect(first.attached).to.have.length(0);
    chooseFile(input(), 'conditions-generales.pdf', ONE_PAGE_PDF);
    await until(() => first.attached.length === 1);
    await first.updateComplete;
    expect(readable(first.shadowRoot!.querySelector('.preview')!.textContent)).to.contain('ci-joint les conditions générales et particulières');

    // An edit after the first save goes to the server too (PATCH).
    const resaved = oneEvent(first, 'jrmc-dossier-saved');
    type(first, 'newContracts', 'APR-7 / APR-8 / APR-9');
    expect((await resaved).detail.dossier.newContractReferences).to.deep.equal(['APR-7', 'APR-8', 'APR-9']);
    await expectAccessibleInBothSchemes(first);
    first.remove();

    const client = apiOf(provider);
    const letter = await client.letters.retrieve((await client.loanDossiers.retrieve(dossierId)).substitutionLetterId!);
    expect(letter.service === 'borrower-insurance' && letter.attachments.map((file) => file.fileName)).to.deep.equal(['conditions-generales.pdf']);

    const resumed = document.createElement('jrmc-loan-substitution');
    resumed.dossierId = dossierId;
    provider.append(resumed);
    await until(() => resumed.dossier?.id === dossierId && resumed.attached.length === 1);
    await resumed.updateComplete;
    const value = (id: string) => (resumed.shadowRoot!.getElementById(id) as HTMLInputElement).value;
    expect([value('firstName'), value('lastName'), value('line1'), value('postcode'), value('city')]).to.deep.equal(['Léa', 'Autosave', '8 rue des Tilleuls', '33000', 'Bordeaux']);
    expect([value('bankId'), value('loans'), value('oldInsurerId'), value('oldContracts'), value('newInsurerName'), value('newContracts')]).to.deep.equal([
      'bnk_sg',
      'PR-A1 / PR-A2',
      'ins_cnp',
      'CNP-44',
      'April',
      'APR-7 / APR-8 / APR-9',
    ]);
    expect(resumed.form.effectiveDate).to.equal(start);
    expect(readable(resumed.shadowRoot!.querySelector('.attachments')!.textContent)).to.contain('conditions-generales.pdf');
    await until(() => resumed.quote !== null);

    // Removing the file: the letter no longer announces it.
    resumed.shadowRoot!.querySelector<HTMLButtonElement>('.attachments li button')!.click();
    await until(() => resumed.attached.length === 0);
    await resumed.updateComplete;
    expect(readable(resumed.shadowRoot!.querySelector('.preview')!.textContent)).not.to.contain('ci-joint les conditions');
  });

  it('a file chosen before the dossier can be saved waits, and is attached by the first save', async () => {
    const account = await newAccount();
    const provider = providerFor(account);
    const element = document.createElement('jrmc-loan-substitution');
    provider.append(element);
    await until(() => element.banks.length > 0 && element.insurers.length > 0 && provider.context.clockVersion > 0);
    chooseFile(element.shadowRoot!.querySelector<HTMLInputElement>('#conditions')!, 'cp.pdf', ONE_PAGE_PDF);
    await until(() => element.pending.length === 1);
    expect(readable(element.shadowRoot!.querySelector('.attachments')!.textContent)).to.contain('sera joint à l’enregistrement');
    await fillIn(element, await sandboxDayPlus(90));
    await until(() => element.attached.length === 1 && element.pending.length === 0);
    const letter = await apiOf(provider).letters.retrieve(element.dossier!.substitutionLetterId!);
    expect(letter.service === 'borrower-insurance' && letter.attachments[0]?.kind).to.equal('new-contract-conditions');
  });
});
