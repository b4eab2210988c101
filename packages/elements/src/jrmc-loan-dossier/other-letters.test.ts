import '../../test/support/defer-resize-observer.js';
import { expect, oneEvent } from '@open-wc/testing';
import { apiOf, dossierParams, newAccount, providerFor, readable, until } from '../../test/support/backend.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';
import type { JrmcLoanDossier } from './jrmc-loan-dossier.js';
import './define.js';

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

// A real one-page A4 PDF: the sandbox parses the user's letter (it may be printed for a paper send).
const ONE_PAGE_PDF =
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

function chooseFile(input: HTMLInputElement, name: string, content: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/pdf' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function answerDialog(host: HTMLElement, accept: boolean): Promise<string> {
  await until(() => host.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
  const dialog = host.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!;
  const text = readable(dialog.textContent);
  const buttons = [...dialog.querySelectorAll<HTMLButtonElement>('button')];
  (accept ? buttons.find((button) => /Envoyer|Send/.test(button.textContent ?? '')) : buttons.find((button) => !/Envoyer|Send/.test(button.textContent ?? '')))!.click();
  return text;
}

describe('<jrmc-loan-dossier> other letters ("autre courrier")', () => {
  it('sends the user’s PDF to the old insurer with AR, tracks it, and leaves the dossier’s status alone; a declined send waits as a draft', async () => {
    const account = await newAccount();
    const provider = providerFor(account);
    await until(() => provider.context.connection !== null && provider.context.clockVersion > 0);
    const client = apiOf(provider);
    const created = await client.loanDossiers.create(
      await dossierParams({
        subscriber: { kind: 'person', civility: 'Mme', firstName: 'Inès', lastName: 'Courrier', address: { line1: '5 rue C', postcode: '31000', city: 'Toulouse' } },
        loanReferences: ['PR-OC-1'],
        oldContractReferences: ['CNP-OC'],
        newContractReferences: ['APR-OC'],
      }),
    );
    await client.loanDossiers.sendSubstitution(created.id, { mode: 'now' });
    const dossier = document.createElement('jrmc-loan-dossier') as JrmcLoanDossier;
    dossier.dossierId = created.id;
    provider.append(dossier);
    await until(() => dossier.dossier?.status === 'substitution_sent');
    await dossier.updateComplete;
    const root = dossier.shadowRoot!;
    expect(readable(root.querySelector('.other')!.textContent)).to.contain('Aucun autre courrier');

    // A wrong file is refused at once, with its reason; nothing is created.
    chooseFile(root.querySelector<HTMLInputElement>('#other-file')!, 'scan.png', 'GIF89a not a pdf');
    await until(() => readable(root.querySelector('#other-status')!.textContent).includes('n’est pas un PDF'));
    expect(root.querySelector<HTMLButtonElement>('button.send-other')!.disabled).to.equal(true);

    root.querySelectorAll<HTMLInputElement>('input[name="other-recipient"]')[1]!.click();
    chooseFile(root.querySelector<HTMLInputElement>('#other-file')!, 'question-assureur.pdf', ONE_PAGE_PDF);
    await until(() => dossier.otherDraft.document?.filename === 'question-assureur.pdf');
    await dossier.updateComplete;
    root.querySelector<HTMLButtonElement>('button.send-other')!.click();
    const declined = await answerDialog(dossier, false);
    expect(declined).to.contain('avec AR').and.contain('CNP');
    await until(() => dossier.otherLetters.length === 1 && !dossier.busy);
    expect(dossier.otherLetters[0]!.status).to.equal('draft', 'declined: kept as a draft, nothing debited');
    await dossier.updateComplete;
    expect(readable(root.querySelector('.other')!.textContent)).to.contain('pas encore envoyé');

    const sent = oneEvent(dossier, 'jrmc-other-letter-sent');
    root.querySelector<HTMLButtonElement>('button.send-other-draft')!.click();
    await answerDialog(dossier, true);
    const letterId = (await sent).detail.letterId;
    const letter = await client.letters.retrieve(letterId);
    expect(letter.service === 'borrower-insurance' && letter.kind).to.equal('other');
    expect(letter.withAcknowledgement).to.equal(true);
    expect(letter.recipient?.id).to.equal('ins_cnp');
    await until(() => root.querySelector(`jrmc-shipment-tracker[letter-id="${letterId}"]`) !== null);
    expect((await client.loanDossiers.retrieve(created.id)).status).to.equal('substitution_sent', 'the status is unchanged');
    await expectAccessibleInBothSchemes(dossier);
  });
});
