import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { advanceClock, newAccount, newProfile, providerAs, readable, sendLetter, until, type TestAccount } from '../../test/support/backend.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';
import type { JrmcHelpCenter } from './jrmc-help-center.js';
import './define.js';

async function mount(account: TestAccount, profileId = account.profileId): Promise<JrmcHelpCenter> {
  const provider = providerAs(account, profileId);
  const help = document.createElement('jrmc-help-center');
  provider.append(help);
  await until(() => help.requests !== null && help.jrmc.account !== null);
  return help;
}

const text = (help: JrmcHelpCenter) => readable(help.shadowRoot!.textContent);
const $ = <T extends Element>(help: JrmcHelpCenter, selector: string) => help.shadowRoot!.querySelector<T>(selector)!;

async function choose(help: JrmcHelpCenter, kind: string): Promise<void> {
  const select = $<HTMLSelectElement>(help, '#kind');
  select.value = kind;
  select.dispatchEvent(new Event('change'));
  await help.updateComplete;
}

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-help-center>', () => {
  it('sends a question about a letter by keyboard and follows its status on the account clock', async () => {
    const account = await newAccount();
    const letter = await sendLetter(account);
    const help = await mount(account);
    $<HTMLButtonElement>(help, 'form button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => help.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length === 2);
    expect(help.shadowRoot!.activeElement?.id).to.equal('letter');
    await sendKeys({ type: letter.id });
    $<HTMLTextAreaElement>(help, '#message').focus();
    await sendKeys({ type: 'Le destinataire dit ne rien avoir reçu.' });
    $<HTMLButtonElement>(help, 'form button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text(help).includes('Demande envoyée'));
    expect(text(help)).to.contain('Une question sur une lettre').and.contain('Reçue').and.contain(letter.id);

    await choose(help, 'training');
    $<HTMLTextAreaElement>(help, '#message').value = 'Formation pour deux personnes';
    $<HTMLTextAreaElement>(help, '#message').dispatchEvent(new Event('input'));
    $<HTMLFormElement>(help, 'form').requestSubmit();
    await until(() => help.requests?.length === 2);

    await advanceClock(account, { days: 1 });
    await help.closest('jrmc-provider')!.refresh();
    await until(() => help.requests!.every((request) => request.status === 'answered'));
    expect(text(help)).to.contain('Répondue');
  });

  it('shows the refund computed by core before closing; then the account refuses writes', async () => {
    const account = await newAccount({ credit: 10_000 });
    const help = await mount(account);
    await choose(help, 'closure');
    expect(readable($(help, '.refund').textContent)).to.contain('100,00 €').and.contain('30,00 €').and.contain('70,00 €');
    $<HTMLButtonElement>(help, 'button.close-account').click();
    await until(() => help.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
    const dialog = $<HTMLDialogElement>(help, 'dialog');
    expect(readable(dialog.textContent)).to.contain('70,00 €');
    dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    await until(() => text(help).includes('Compte clôturé'));
    expect(text(help)).to.contain('Remboursement de 70,00 €');
    const session = await fetch(`/test-backend/session?account=${account.accountId}`, { method: 'POST' });
    expect(session.ok, 'even minting a session is a write: refused on a closed account').to.equal(false);
  });

  it('tells a collaborator that only a manager can send requests', async () => {
    const account = await newAccount();
    const lea = await newProfile(account, { role: 'collaborator' });
    const help = await mount(account, lea.id);
    expect(text(help)).to.contain('Seul un gestionnaire');
  });

  it('speaks English on demand and is accessible in both schemes', async () => {
    const account = await newAccount();
    const help = await mount(account);
    await expectAccessibleInBothSchemes(help);
    help.locale = 'en';
    await until(() => text(help).includes('New request'));
    expect(text(help)).to.contain('A question about a letter');
  });
});
