import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { lettersOf, newAccount, newProfile, providerAs, readable, until, type TestAccount } from '../../test/support/backend.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';
import type { JrmcTeam } from './jrmc-team.js';
import './define.js';

async function mount(account: TestAccount, profileId: string): Promise<JrmcTeam> {
  const provider = providerAs(account, profileId);
  const team = document.createElement('jrmc-team');
  provider.append(team);
  await until(() => team.profiles !== null);
  return team;
}

const text = (team: JrmcTeam) => readable(team.shadowRoot!.textContent);
const $ = <T extends Element>(team: JrmcTeam, selector: string) => team.shadowRoot!.querySelector<T>(selector)!;
const rowOf = (team: JrmcTeam, id: string) => $(team, `tr[data-profile="${id}"]`);

async function seedFor(account: TestAccount, profileId: string, count: number): Promise<void> {
  await fetch('/test-backend/seed-history', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ account: account.accountId, count, assigneeIds: [profileId] }) });
}

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-team>', () => {
  it('keeps its words whole on a page that lets text break anywhere (an inherited overflow-wrap)', async () => {
    document.body.style.overflowWrap = 'anywhere';
    try {
      const account = await newAccount();
      const team = await mount(account, account.profileId);
      team.style.width = '656px';
      await team.updateComplete;
      // One line box per header and per status cell: a word broken in two would take two.
      const lines = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      const cells = [...team.shadowRoot!.querySelectorAll('th'), ...team.shadowRoot!.querySelectorAll('td[data-label="Statut"]')];
      expect(cells.length).to.be.greaterThan(5);
      for (const cell of cells) expect(lines(cell), readable(cell.textContent)).to.equal(1);
    } finally {
      document.body.style.overflowWrap = '';
    }
  });

  it('adds a profile by keyboard, with its role; names what is missing first', async () => {
    const account = await newAccount();
    const team = await mount(account, account.profileId);
    expect(text(team)).to.contain('Claire Durand').and.contain('Gestionnaire');
    $<HTMLInputElement>(team, '#new-name').focus();
    await sendKeys({ type: 'Léa Petit' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'lea@' });
    $<HTMLButtonElement>(team, 'form.create button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text(team).includes('adresse e-mail valide'));
    expect(team.shadowRoot!.activeElement?.id).to.equal('new-email');
    await sendKeys({ type: 'test.fr' });
    $<HTMLButtonElement>(team, 'form.create button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => team.profiles?.length === 2);
    expect(text(team)).to.contain('Profil Léa Petit ajouté').and.contain('Collaborateur');
  });

  it('renames and changes the role; deactivation is confirmed and keeps the letters; they can be reassigned; reactivation', async () => {
    const account = await newAccount();
    const lea = await newProfile(account, { name: 'Léa Petit', role: 'collaborator' });
    await seedFor(account, lea.id, 3);
    const team = await mount(account, account.profileId);

    rowOf(team, lea.id).querySelector<HTMLButtonElement>('.edit')!.click();
    await until(() => team.shadowRoot!.activeElement?.classList.contains('edit-name') === true);
    const name = $<HTMLInputElement>(team, '.edit-name');
    name.select();
    await sendKeys({ type: 'Léa Petit-Roy' });
    const role = $<HTMLSelectElement>(team, '.edit-role');
    role.value = 'manager';
    role.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(team, '.save').click();
    await until(() => text(team).includes('Profil Léa Petit-Roy enregistré'));
    await until(() => rowOf(team, lea.id).querySelector('.deactivate') !== null);
    expect(readable(rowOf(team, lea.id).textContent)).to.contain('Gestionnaire');
    expect(team.shadowRoot!.activeElement?.classList.contains('edit'), 'focus back on the row').to.equal(true);

    rowOf(team, lea.id).querySelector<HTMLButtonElement>('.deactivate')!.click();
    await until(() => team.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.open === true);
    const dialog = $<HTMLDialogElement>(team, 'dialog');
    expect(readable(dialog.textContent)).to.contain('ne pourra plus se connecter').and.contain('Ses lettres restent');
    dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    await until(() => text(team).includes('Désactivé le'));
    expect((await lettersOf(account, { assigneeId: lea.id })).length, 'a deactivated profile keeps its letters').to.equal(3);

    rowOf(team, lea.id).querySelector<HTMLButtonElement>('.reassign')!.click();
    await team.updateComplete;
    expect(readable(rowOf(team, lea.id).querySelector('select')!.textContent)).to.contain('Claire Durand');
    rowOf(team, lea.id).querySelector<HTMLFormElement>('form.reassign-form')!.requestSubmit();
    await until(() => text(team).includes('3 lettres de Léa Petit-Roy réassignées à Claire Durand'));
    expect((await lettersOf(account, { assigneeId: lea.id })).length).to.equal(0);
    expect((await lettersOf(account, { assigneeId: account.profileId })).length).to.equal(3);

    rowOf(team, lea.id).querySelector<HTMLButtonElement>('.reactivate')!.click();
    await until(() => text(team).includes('Profil Léa Petit-Roy réactivé'));
    expect(team.profiles!.find((profile) => profile.id === lea.id)!.active).to.equal(true);
  });

  it('tells a collaborator that only a manager manages the team', async () => {
    const account = await newAccount();
    const lea = await newProfile(account, { role: 'collaborator' });
    const team = await mount(account, lea.id);
    team.draft = { name: 'Marc Roy', email: 'marc@test.fr', role: 'collaborator' };
    await team.updateComplete;
    $<HTMLFormElement>(team, 'form.create').requestSubmit();
    await until(() => text(team).includes('Seul un gestionnaire'));
    expect(team.profiles!.length).to.equal(2);
  });

  it('speaks English on demand and is accessible in both schemes', async () => {
    const account = await newAccount();
    await newProfile(account, { role: 'collaborator' });
    const team = await mount(account, account.profileId);
    await expectAccessibleInBothSchemes(team);
    // The update after the switch waits for the English table: once it completes, the team speaks English.
    team.locale = 'en';
    await team.updateComplete;
    expect(text(team)).to.contain('Add a profile');
    expect(text(team)).to.contain('Manager').and.contain('Collaborator');
  });
});
