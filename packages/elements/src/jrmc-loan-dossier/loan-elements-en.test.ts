import '../../test/support/defer-resize-observer.js';
import { expect } from '@open-wc/testing';
import { apiOf, dossierParams, newAccount, providerFor, until } from '../../test/support/backend.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';
import { frenchLeftovers } from '../../test/support/french-leftovers.js';
import { commonFr } from '../i18n/common-messages.js';
import { commonEn } from '../i18n/common-messages-en.js';
import { substitutionFr } from '../jrmc-loan-substitution/substitution-messages.js';
import { substitutionEn } from '../jrmc-loan-substitution/substitution-messages-en.js';
import { trackerFr } from '../jrmc-shipment-tracker/tracker-messages.js';
import { trackerEn } from '../jrmc-shipment-tracker/tracker-messages-en.js';
import type { JrmcLoanSubstitution } from '../jrmc-loan-substitution/jrmc-loan-substitution.js';
import type { JrmcLoanDossiers } from '../jrmc-loan-dossiers/jrmc-loan-dossiers.js';
import type { JrmcLoanDossier } from './jrmc-loan-dossier.js';
import { loanFr } from './loan-messages.js';
import { loanEn } from './loan-messages-en.js';
import '../jrmc-loan-substitution/define.js';
import '../jrmc-loan-dossiers/define.js';
import './define.js';

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

const CATALOGUES = [
  [commonFr, commonEn],
  [substitutionFr, substitutionEn],
  [loanFr, loanEn],
  [trackerFr, trackerEn],
] as const;

function chooseFile(input: HTMLInputElement, name: string, content: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/pdf' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(host: JrmcLoanSubstitution, id: string, value: string): void {
  const input = host.shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const expectEnglish = (element: Element, moment: string) => expect(frenchLeftovers(element, CATALOGUES), `French left ${moment}`).to.deep.equal([]);

describe('borrower insurance elements in English (locale en)', () => {
  it('the builder, a dossier and the list show every string in English, at every stage', async () => {
    const account = await newAccount();
    const provider = providerFor(account, 'en');
    const substitution = document.createElement('jrmc-loan-substitution') as JrmcLoanSubstitution;
    provider.append(substitution);
    await until(() => substitution.banks.length > 0 && substitution.insurers.length > 0 && provider.context.clockVersion > 0);
    await until(() => substitution.shadowRoot!.textContent!.includes('Borrower-insurance substitution request'));
    expectEnglish(substitution, 'in the empty form');

    substitution.shadowRoot!.querySelector<HTMLButtonElement>('button.save')!.click();
    await until(() => substitution.invalid.size > 0);
    await substitution.updateComplete;
    expectEnglish(substitution, 'with the missing fields named');

    chooseFile(substitution.shadowRoot!.querySelector<HTMLInputElement>('#conditions')!, 'cg.png', 'GIF89a');
    await until(() => substitution.fileError !== null);
    await substitution.updateComplete;
    expectEnglish(substitution, 'with a refused file');

    type(substitution, 'firstName', 'Grace');
    type(substitution, 'lastName', 'English');
    type(substitution, 'line1', '1 rue de Londres');
    type(substitution, 'postcode', '75008');
    type(substitution, 'city', 'Paris');
    const bank = substitution.shadowRoot!.getElementById('bankId') as HTMLSelectElement;
    bank.value = 'bnk_bnp';
    bank.dispatchEvent(new Event('change'));
    type(substitution, 'loans', 'PR-EN-1');
    const insurer = substitution.shadowRoot!.getElementById('oldInsurerId') as HTMLSelectElement;
    insurer.value = 'ins_cnp';
    insurer.dispatchEvent(new Event('change'));
    type(substitution, 'oldContracts', 'CNP-EN');
    type(substitution, 'newInsurerName', 'April');
    type(substitution, 'newContracts', 'APR-EN');
    await substitution.updateComplete;
    substitution.shadowRoot!.querySelector<HTMLButtonElement>('.use-recommended')!.click();
    await until(() => substitution.dossier !== null && substitution.quote !== null);
    await substitution.updateComplete;
    expectEnglish(substitution, 'once saved and quoted');
    const picker = substitution.shadowRoot!.querySelector('jrmc-send-date-picker')!;
    expect(frenchLeftovers(picker, [[commonFr, commonEn]])).to.deep.equal([], 'the date picker speaks English too');
    await expectAccessibleInBothSchemes(substitution);

    const client = apiOf(provider);
    const dossierId = substitution.dossier!.id;
    await client.loanDossiers.sendSubstitution(dossierId, { mode: 'now' });
    substitution.remove();

    const dossier = document.createElement('jrmc-loan-dossier') as JrmcLoanDossier;
    dossier.dossierId = dossierId;
    provider.append(dossier);
    await until(() => dossier.dossier?.status === 'substitution_sent');
    await until(() => [...dossier.shadowRoot!.querySelectorAll('jrmc-shipment-tracker')].every((tracker) => tracker.letter !== null));
    await dossier.updateComplete;
    expectEnglish(dossier, 'in a dossier waiting for the bank');
    await expectAccessibleInBothSchemes(dossier);
    dossier.remove();

    await client.loanDossiers.create(
      await dossierParams({
        subscriber: { kind: 'company', companyName: 'English Ltd', siret: '73282932000074', address: { line1: '2 rue B', postcode: '69001', city: 'Lyon' } },
        bankId: 'bnk_sg',
        loanReferences: ['PR-EN-2'],
        oldContractReferences: ['C-EN'],
        newContractReferences: ['N-EN'],
        route: 'paper',
      }),
    );
    const list = document.createElement('jrmc-loan-dossiers') as JrmcLoanDossiers;
    provider.append(list);
    await until(() => list.rows.length === 2 && !list.loading);
    await list.updateComplete;
    expectEnglish(list, 'in the list');
    await expectAccessibleInBothSchemes(list);
  });
});
