import '../../test/support/defer-resize-observer.js';
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loanTerminationEffectiveDate } from '@jrmc/core';
import type { JrmcProvider } from '../jrmc-provider/jrmc-provider.js';
import type { JrmcLoanSubstitution } from '../jrmc-loan-substitution/jrmc-loan-substitution.js';
import type { JrmcLoanDossiers } from '../jrmc-loan-dossiers/jrmc-loan-dossiers.js';
import type { JrmcLoanDossier } from './jrmc-loan-dossier.js';
import { advanceClock, apiOf, dossierParams, newAccount, providerFor, readable, until, type TestAccount } from '../../test/support/backend.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';
import { formatDay } from '../i18n/format.js';
import '../jrmc-loan-substitution/define.js';
import '../jrmc-loan-dossiers/define.js';
import './define.js';

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

const press = (key: string) => sendKeys({ press: key });

function keyboard(host: HTMLElement) {
  const active = () => host.shadowRoot!.activeElement as HTMLElement | null;
  const tabUntil = async (matches: (element: HTMLElement) => boolean, what: string) => {
    for (let i = 0; i < 60 && !(active() && matches(active()!)); i += 1) await press('Tab');
    expect(active() && matches(active()!), `focus reaches ${what}`).to.equal(true);
  };
  return {
    tabTo: (id: string) => tabUntil((element) => element.id === id, `#${id}`),
    tabToClass: (name: string) => tabUntil((element) => element.classList.contains(name), `.${name}`),
    typeInto: async (id: string, text: string) => {
      await tabUntil((element) => element.id === id, `#${id}`);
      await sendKeys({ type: text });
    },
  };
}

/** Chooses a file in a file input as the browser's file dialog would. */
function chooseFile(input: HTMLInputElement, name: string, content: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/pdf' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function moveClock(account: TestAccount, provider: JrmcProvider, element: { refresh(): Promise<void> }, days: number) {
  await advanceClock(account, { days });
  await provider.refresh();
  await element.refresh();
}

async function dialogOf(host: HTMLElement): Promise<HTMLDialogElement> {
  await until(() => host.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
  return host.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!;
}

describe('borrower insurance elements', () => {
  it('run a whole dossier with the keyboard: substitution with AR, bank acceptance on the clock, termination with the bank letter, SIGNE', async () => {
    const account = await newAccount();
    const provider = providerFor(account);
    const substitution = document.createElement('jrmc-loan-substitution');
    provider.append(substitution);
    await until(() => substitution.banks.length > 0 && substitution.insurers.length > 0 && provider.context.clockVersion > 0);
    const keys = keyboard(substitution);
    substitution.shadowRoot!.querySelector<HTMLInputElement>('input[name="kind"]')!.focus();
    await keys.typeInto('firstName', 'Jean');
    await keys.typeInto('lastName', 'Clavier');
    await keys.typeInto('line1', '3 rue Haute');
    await keys.typeInto('postcode', '38000');
    await keys.typeInto('city', 'Grenoble');
    await keys.tabTo('bankId');
    await sendKeys({ type: 'BNP' });
    await until(() => substitution.form.bankId === 'bnk_bnp');
    expect(readable(substitution.shadowRoot!.textContent)).to.contain('16 boulevard des Italiens', 'the bank address is prefilled');
    await keys.typeInto('loans', 'PR-77 SANDBOX-BANQUE-ACCEPTE-J3');
    await keys.tabTo('oldInsurerId');
    await sendKeys({ type: 'CNP' });
    await until(() => substitution.form.oldInsurerId === 'ins_cnp');
    await keys.typeInto('oldContracts', 'CNP-9');
    await keys.typeInto('newInsurerName', 'April');
    await keys.typeInto('newContracts', 'APR-1 / APR-2');
    await keys.tabToClass('use-recommended');
    await press('Enter');
    await until(() => substitution.form.effectiveDate !== '');
    await until(() => substitution.shadowRoot!.querySelector('.preview article') !== null);
    expect(readable(substitution.shadowRoot!.querySelector('.preview')!.textContent)).to.contain('PR-77').and.contain('April');
    const saved = oneEvent(substitution, 'jrmc-dossier-saved');
    await keys.tabToClass('save');
    await press('Enter');
    const dossierId = (await saved).detail.dossierId;
    expect(substitution.getAttribute('dossier-id')).to.equal(dossierId);
    await until(() => substitution.quote !== null);
    expect(readable(substitution.shadowRoot!.querySelector('.quote')!.textContent)).to.contain('avec AR');
    const sent = oneEvent(substitution, 'jrmc-substitution-sent');
    await keys.tabToClass('send');
    await press('Enter');
    await dialogOf(substitution);
    await press('Tab');
    await press('Enter');
    expect((await sent).detail.dossier.status).to.equal('substitution_sent');
    await expectAccessibleInBothSchemes(substitution);

    const dossier = document.createElement('jrmc-loan-dossier');
    dossier.dossierId = dossierId;
    provider.append(dossier);
    await until(() => dossier.dossier?.status === 'substitution_sent');
    const accepted = oneEvent(dossier, 'jrmc-dossier-status-change');
    await moveClock(account, provider, dossier, 10);
    expect((await accepted).detail.status).to.equal('accepted');
    await dossier.updateComplete;
    const text = () => readable(dossier.shadowRoot!.textContent);
    expect(text()).to.contain('La banque a accepté la substitution').and.contain('L113-12-2');

    const file = dossier.shadowRoot!.querySelector<HTMLInputElement>('#acceptance')!;
    chooseFile(file, 'photo.pdf', 'GIF89a not a pdf');
    await until(() => text().includes('Ce fichier n’est pas un PDF'));
    // A real one-page PDF: the bank's acceptance is merged into the termination the old insurer receives.
    chooseFile(file, 'accord-banque.pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await until(() => dossier.answer.bankLetter?.filename === 'accord-banque.pdf');
    const terminated = oneEvent(dossier, 'jrmc-termination-sent');
    await keyboard(dossier).tabToClass('send-termination');
    await press('Enter');
    const dialog = await dialogOf(dossier);
    expect(readable(dialog.textContent)).to.contain('avec AR');
    await press('Tab');
    await press('Enter');
    const done = (await terminated).detail.dossier;
    expect(done.status).to.equal('termination_sent');
    expect(done.bankAnswer?.bankLetter?.filename).to.equal('accord-banque.pdf');
    const client = apiOf(provider);
    const termination = await client.letters.retrieve(done.terminationLetterId!);
    expect(termination.service === 'borrower-insurance' && termination.attachments.map((attachment) => attachment.kind)).to.deep.equal(['bank-acceptance']);
    expect(done.terminationEffectiveDate).to.equal(loanTerminationEffectiveDate(termination.dispatchDate!, done.effectiveDate));
    await until(() => text().includes(readable(formatDay('fr', done.terminationEffectiveDate!))));
    await moveClock(account, provider, dossier, 3);
    expect((await client.letters.retrieve(termination.id)).status).to.equal('signed');
    await until(() => [...dossier.shadowRoot!.querySelectorAll('jrmc-shipment-tracker')].every((tracker) => tracker.letter?.status === 'signed'));
    await expectAccessibleInBothSchemes(dossier);
  });

  it('a refusal ends the dossier: the termination is disabled with the reason', async () => {
    const account = await newAccount();
    const provider = providerFor(account);
    await until(() => provider.context.connection !== null && provider.context.clockVersion > 0);
    const client = apiOf(provider);
    const created = await client.loanDossiers.create(
      await dossierParams({
        subscriber: { kind: 'person', civility: 'M.', firstName: 'Paul', lastName: 'Refus', address: { line1: '1 rue A', postcode: '75001', city: 'Paris' } },
        bankId: 'bnk_sg',
        loanReferences: ['SANDBOX-BANQUE-REFUSE'],
      }),
    );
    await client.loanDossiers.sendSubstitution(created.id, { mode: 'now' });
    const dossier = document.createElement('jrmc-loan-dossier');
    dossier.dossierId = created.id;
    provider.append(dossier);
    await until(() => dossier.dossier !== null);
    await moveClock(account, provider, dossier, 10);
    await until(() => dossier.dossier?.status === 'refused');
    await dossier.updateComplete;
    const button = dossier.shadowRoot!.querySelector<HTMLButtonElement>('button.send-termination')!;
    expect(button.disabled).to.equal(true);
    expect(readable(dossier.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!.textContent)).to.contain('la résiliation n’est pas possible');
    await expectAccessibleInBothSchemes(dossier);
  });

  it('the form names what is missing; the list filters dossiers and opens one', async () => {
    const account = await newAccount();
    const provider = providerFor(account);
    const substitution = document.createElement('jrmc-loan-substitution');
    provider.append(substitution);
    await until(() => substitution.banks.length > 0);
    substitution.shadowRoot!.querySelector<HTMLButtonElement>('button.save')!.click();
    await until(() => substitution.invalid.size > 0);
    expect([...substitution.invalid]).to.include.members(['firstName', 'bankId', 'loans', 'effectiveDate']);
    expect(substitution.shadowRoot!.activeElement?.id).to.equal('firstName', 'focus goes to the first missing field');
    await expectAccessibleInBothSchemes(substitution);

    const client = apiOf(provider);
    const base = await dossierParams({
      subscriber: { kind: 'person', civility: 'Mme', firstName: 'Anne', lastName: 'Liste', address: { line1: '1 rue B', postcode: '69001', city: 'Lyon' } },
      oldContractReferences: ['C-2'],
      newContractReferences: ['N-2'],
    });
    const first = await client.loanDossiers.create({ ...base, bankId: 'bnk_bnp', loanReferences: ['L-1'] });
    const second = await client.loanDossiers.create({ ...base, bankId: 'bnk_sg', loanReferences: ['L-2'] });
    await client.loanDossiers.sendSubstitution(second.id, { mode: 'now' });
    // The list draws only the rows in view: take the long form away first.
    substitution.remove();
    const list = document.createElement('jrmc-loan-dossiers') as JrmcLoanDossiers;
    provider.append(list);
    await until(() => list.rows.length === 2).catch(() => { throw new Error(`first load: ${list.rows.length} rows, error ${list.error}`); });
    expect(list.rows.map((row) => row.id)).to.deep.equal([second.id, first.id], 'newest first');
    const status = list.shadowRoot!.querySelector<HTMLSelectElement>('#filter-status')!;
    status.value = 'substitution_sent';
    status.dispatchEvent(new Event('change'));
    await until(() => list.rows.length === 1 && !list.loading).catch(() => { throw new Error(`rows ${list.rows.map((row) => row.status).join()} error ${list.error} filters ${JSON.stringify(list.filters)}`); });
    expect(list.rows[0]!.id).to.equal(second.id);
    const opened = oneEvent(list, 'jrmc-dossier-open');
    await until(() => list.shadowRoot!.querySelector('button.open') !== null).catch(() => { throw new Error('no row rendered'); });
    list.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!.click();
    expect((await opened).detail.dossierId).to.equal(second.id);
    await expectAccessibleInBothSchemes(list);
  });
});
