import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { JrmcCreditInsufficientEvent, JrmcLetterScheduledEvent } from '../events/jrmc-events.js';
import { lettersOf, newAccount, providerFor, readable, until, type TestAccount } from '../../test/support/backend.js';
import { $, addContract, choose, chooseReason, click, fillPerson, mountBuilder, next, pickDate, pickerCell, pickInsurer, type } from '../../test/support/builder-test-kit.js';
import type { JrmcLetterBuilder } from './jrmc-letter-builder.js';
import './define.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';

const mount = (account: TestAccount, letterId = '') => mountBuilder(account, { letterId });

afterEach(() => {
  document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove());
  localStorage.clear();
});

describe('<jrmc-letter-builder>', () => {
  it('takes a user from nothing to a scheduled letter, debiting the credit', async () => {
    const account = await newAccount({ credit: 10_000 });
    const builder = await mount(account);
    await fillPerson(builder);
    await next(builder);
    await pickInsurer(builder, 'maif');
    expect($(builder, '.chosen').textContent).to.contain('200 avenue Salvador Allende');
    await next(builder);
    await chooseReason(builder, 'echeance');
    await next(builder);
    await addContract(builder, 'AUTO-123');
    await next(builder);
    await type(builder, '#field-facts-renewalDate', '2027-03-01');
    expect($(builder, '.deadline').textContent).to.contain('31 décembre 2026', 'renewal − 2 months − 1 day');
    await pickDate(builder, '2026-12-15');
    await next(builder);
    await next(builder);
    await until(() => builder.quoteState.value !== null);
    const review = $(builder, '.quote').textContent!;
    expect(review).to.contain('Départ le 15 décembre 2026');
    expect(review).to.not.contain('20:00', 'no same-day cut-off for a letter leaving on its own day');
    expect(review).to.contain('il partira le 15 décembre 2026');
    // The preview is the server's text of the saved draft: it arrives after the review step shows.
    await until(() => builder.previewState.value !== null && !builder.previewState.loading);
    expect($(builder, '.preview').textContent).to.contain('AUTO-123').and.contain('L113-12').and.contain('1er mars 2027');
    setTimeout(() => void click(builder, 'button.confirm'));
    const scheduled = (await oneEvent(builder, 'jrmc-letter-scheduled')) as JrmcLetterScheduledEvent;
    expect(scheduled.detail.letter.status).to.equal('scheduled');
    await until(() => builder.draft.step === 'done');
    expect(builder.shadowRoot!.textContent).to.contain(scheduled.detail.letterId);
    const provider = builder.closest('jrmc-provider')!;
    await until(() => provider.context.account?.balance === 10_000 - scheduled.detail.letter.price!.inclVat);
  });

  it('disables 1 January for a Hamon switch, with the nearest reachable starts', async () => {
    const account = await newAccount();
    const builder = await mount(account);
    builder.now = '2026-11-20T09:00:00Z';
    builder.draft = { ...builder.draft, step: 'dates', reason: 'loi-hamon' };
    await builder.updateComplete;
    await pickDate(builder, '2027-01-02');
    const newYear = pickerCell(builder, '2027-01-01');
    expect(newYear.getAttribute('aria-disabled')).to.equal('true');
    expect(newYear.title).to.contain('31 décembre 2026').and.contain('2 janvier 2027');
    expect($(builder, '.chain').textContent).to.contain('Envoi le 30 novembre 2026');
    expect(builder.shadowRoot!.querySelector('jrmc-send-date-picker')!.reasonFor('2026-12-31')).to.equal(null);
  });

  it('has no default civility: it must be chosen, with a message saying so', async () => {
    const builder = await mount(await newAccount());
    expect(($(builder, '#field-subscriber-civility') as HTMLSelectElement).value).to.equal('');
    await type(builder, '#field-subscriber-firstName', 'Jean');
    await type(builder, '#field-subscriber-lastName', 'Dupont');
    await type(builder, '#field-subscriber-line1', '1 rue Haute');
    await type(builder, '#field-subscriber-postcode', '38000');
    await type(builder, '#field-subscriber-city', 'Grenoble');
    await next(builder);
    expect(builder.draft.step).to.equal('subscriber');
    expect($(builder, '#error-subscriber-civility').textContent).to.equal('Choisissez la civilité (Mme ou M.) : elle figure sur la lettre.');
    await choose(builder, '#field-subscriber-civility', 'M.');
    await next(builder);
    expect(builder.draft.step).to.equal('recipient');
  });

  it('marks completed steps and lets the user go back to one; the primary button keeps its place', async () => {
    const builder = await mount(await newAccount());
    await fillPerson(builder);
    await next(builder);
    await pickInsurer(builder, 'maif');
    await next(builder);
    const links = [...builder.shadowRoot!.querySelectorAll<HTMLButtonElement>('ol.progress li.done button')];
    expect(links.map((link) => link.dataset.step)).to.deep.equal(['subscriber', 'recipient']);
    expect(readable(links[0]!.textContent)).to.contain('Étape terminée');
    const navButtons = () => [...builder.shadowRoot!.querySelectorAll('.nav button')].map((button) => button.className);
    expect(navButtons()).to.deep.equal(['secondary previous', 'next']);
    links[0]!.click();
    await builder.updateComplete;
    expect(builder.draft.step).to.equal('subscriber');
    expect(($(builder, '#field-subscriber-lastName') as HTMLInputElement).value).to.equal('Martin');
    builder.draft = { ...builder.draft, step: 'review', reason: 'custom', customReasonText: 'Départ', contracts: ['C-1'], sendMode: 'now' };
    await until(() => builder.quoteState.value !== null);
    await builder.updateComplete;
    expect(navButtons()).to.deep.equal(['secondary previous', 'confirm'], 'send sits where "Continuer" was');
  });

  it('starts from the host’s record with prefill, saved as a real draft at the user’s first edit', async () => {
    const account = await newAccount();
    const provider = providerFor(account);
    const builder = document.createElement('jrmc-letter-builder');
    builder.prefill = {
      subscriber: { civility: 'M.', firstName: 'Jean', lastName: 'Dupont', address: { line1: '1 rue Haute', postcode: '38000', city: 'Grenoble' } },
      recipientId: 'ins_axa',
      contracts: ['AUTO-77'],
      reason: 'echeance',
      facts: { renewalDate: '2027-06-01' },
    };
    provider.append(builder);
    await until(() => builder.draft.recipient !== null);
    expect(builder.draft.subscriber).to.include({ civility: 'M.', firstName: 'Jean', lastName: 'Dupont', city: 'Grenoble' });
    expect(builder.draft.recipient!.name).to.contain('AXA');
    expect(builder.draft.contracts).to.deep.equal(['AUTO-77']);
    expect(builder.draft.facts.renewalDate).to.equal('2027-06-01');
    await builder.flush();
    expect(await lettersOf(account)).to.deep.equal([], 'merely opening the customer creates nothing');
    await type(builder, '#field-subscriber-firstName', 'Jean-Paul');
    await builder.flush();
    const [saved] = await lettersOf(account);
    expect(saved!.id).to.equal(builder.letterId);
    const letter = await builder.jrmc.client!.letters.retrieve(builder.letterId);
    expect(letter.service === 'termination' && letter.contracts.map((contract) => contract.number)).to.deep.equal(['AUTO-77']);
  });

  it('checks the SIRET as typed and will not continue with a wrong one', async () => {
    const builder = await mount(await newAccount());
    await click(builder, 'input[name="subscriber-kind"][value="company"]');
    await type(builder, '#field-subscriber-companyName', 'Boulangerie Dupont');
    await type(builder, '#field-subscriber-siret', '73282932000075');
    await type(builder, '#field-subscriber-line1', '1 rue du Four');
    await type(builder, '#field-subscriber-postcode', '75006');
    await type(builder, '#field-subscriber-city', 'Paris');
    await next(builder);
    expect(builder.draft.step).to.equal('subscriber');
    const siret = $(builder, '#field-subscriber-siret');
    expect(siret.getAttribute('aria-invalid')).to.equal('true');
    expect($(builder, '#field-subscriber-siret-error').textContent).to.contain('SIRET invalide');
    await type(builder, '#field-subscriber-siret', '732 829 320 00074');
    expect($(builder, '.valid').textContent).to.equal('SIRET valide');
    await next(builder);
    expect(builder.draft.step).to.equal('recipient');
  });

  it('refuses a contract with another reason, saying which condition differs (checked by the API with the real subscriber)', async () => {
    const builder = await mount(await newAccount());
    await fillPerson(builder);
    builder.draft = { ...builder.draft, step: 'contracts', reason: 'echeance', recipient: { id: 'ins_axa', name: 'AXA', address: { line1: 'x', postcode: '92727', city: 'Nanterre' } } };
    await builder.updateComplete;
    await addContract(builder, 'A-1');
    await type(builder, '#field-contract-number', 'B-2');
    ($(builder, '#field-contract-reason') as HTMLSelectElement).value = 'loi-hamon';
    ($(builder, 'form.add-contract') as HTMLFormElement).requestSubmit();
    await until(() => !builder.addingContract && builder.contractError !== null);
    await builder.updateComplete;
    expect($(builder, '#contract-error').textContent).to.equal('Ce contrat doit faire l’objet d’une lettre séparée : motif différent.');
    expect(builder.draft.contracts).to.deep.equal(['A-1']);
  });

  it('a custom reason appears in the preview as typed, a hostile one as plain text', async () => {
    const builder = await mount(await newAccount());
    const payload = '<img src=x onerror="window.__xss=1">';
    await fillPerson(builder, payload);
    builder.draft = {
      ...builder.draft,
      step: 'review',
      recipient: { id: 'ins_axa', name: 'AXA France IARD', address: { line1: '313 Terrasses de l’Arche', postcode: '92727', city: 'Nanterre Cedex' } },
      reason: 'custom',
      customReasonText: `Fermeture ${payload}`,
      contracts: ['C-1'],
      sendMode: 'now',
    };
    await builder.updateComplete;
    await until(() => builder.previewState.value !== null && !builder.previewState.loading);
    const preview = $(builder, '.preview');
    expect(preview.textContent).to.contain(`Motif de la résiliation : Fermeture ${payload}`);
    expect(preview.querySelector('img')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('autosaves, and a reload resumes at the same step with everything typed', async () => {
    const account = await newAccount();
    const builder = await mount(account);
    await fillPerson(builder, 'Reload');
    await next(builder);
    await builder.flush();
    const letterId = builder.letterId;
    expect(letterId).to.match(/^let_/);
    await type(builder, '#field-recipient-search', 'gener');
    builder.closest('jrmc-provider')!.remove(); // the page goes away mid-typing
    const [saved] = await lettersOf(account);
    expect(saved!.id).to.equal(letterId);

    const resumed = await mount(account, letterId);
    await until(() => resumed.draft.letterId === letterId && resumed.draft.step === 'recipient');
    expect(resumed.draft.subscriber.lastName).to.equal('Reload');
    // Without the id (a plain reload of a page that never stored it), the browser copy still resumes it.
    resumed.closest('jrmc-provider')!.remove();
    const again = await mount(account);
    await until(() => again.draft.letterId === letterId);
    expect(again.letterId).to.equal(letterId);
  });

  it('stops on insufficient credit with an event the host can answer', async () => {
    const builder = await mount(await newAccount({ credit: 100 }));
    await fillPerson(builder);
    builder.draft = {
      ...builder.draft,
      step: 'review',
      recipient: { id: 'ins_axa', name: 'AXA France IARD', address: { line1: '313 Terrasses de l’Arche', postcode: '92727', city: 'Nanterre Cedex' } },
      reason: 'custom',
      customReasonText: 'Départ',
      contracts: ['C-1'],
      sendMode: 'now',
    };
    const event = (await oneEvent(builder, 'jrmc-credit-insufficient')) as JrmcCreditInsufficientEvent;
    expect(event.detail.balance).to.equal(100);
    expect(event.detail.missing).to.equal(event.detail.price - 100);
    await builder.updateComplete;
    expect($(builder, '.quote').textContent).to.contain('Crédit insuffisant');
    expect(builder.shadowRoot!.querySelector('button.confirm')).to.equal(null);
  });

  it('can be completed with the keyboard only', async () => {
    const builder = await mount(await newAccount());
    const press = (key: string) => sendKeys({ press: key });
    const focusedId = () => builder.shadowRoot!.activeElement?.id ?? '';
    const tabTo = async (id: string) => {
      for (let i = 0; i < 40 && focusedId() !== id; i += 1) await press('Tab');
      expect(focusedId()).to.equal(id);
    };
    const typeInto = async (id: string, text: string) => {
      await tabTo(id);
      await sendKeys({ type: text });
    };
    $(builder, '#step-title').focus();
    await tabTo('field-subscriber-civility');
    await press('ArrowDown');
    await until(() => builder.draft.subscriber.civility !== '');
    await typeInto('field-subscriber-firstName', 'Jean');
    await typeInto('field-subscriber-lastName', 'Clavier');
    await typeInto('field-subscriber-line1', '3 rue Haute');
    await typeInto('field-subscriber-postcode', '38000');
    await typeInto('field-subscriber-city', 'Grenoble');
    const nextButton = async () => {
      for (let i = 0; i < 60 && !builder.shadowRoot!.activeElement?.classList.contains('next'); i += 1) await press('Tab');
      await press('Enter');
      await builder.updateComplete;
    };
    await nextButton();
    expect(builder.draft.step).to.equal('recipient');
    expect(focusedId()).to.equal('step-title', 'focus moves to the new step');
    await typeInto('field-recipient-search', 'axa');
    await until(() => builder.shadowRoot!.querySelector('button.result') !== null);
    for (let i = 0; i < 10 && !builder.shadowRoot!.activeElement?.classList.contains('result'); i += 1) await press('Tab');
    await press('Enter');
    await nextButton();
    expect(builder.draft.step).to.equal('reason');
    for (let i = 0; i < 10 && (builder.shadowRoot!.activeElement as HTMLInputElement | null)?.name !== 'reason'; i += 1) await press('Tab');
    await press('Space');
    expect(builder.draft.reason).to.equal('echeance');
    await nextButton();
    await typeInto('field-contract-number', 'K-1');
    await press('Enter');
    await until(() => builder.draft.contracts.length === 1);
    expect(builder.draft.contracts).to.deep.equal(['K-1']);
    await nextButton();
    expect(builder.draft.step).to.equal('dates');
  });

  it('has no axe violation on any step, light or dark', async () => {
    const builder = await mount(await newAccount());
    for (const step of ['subscriber', 'recipient', 'reason', 'contracts', 'dates', 'options', 'review'] as const) {
      builder.draft = { ...builder.draft, step, reason: 'loi-hamon', contracts: ['X-1'] };
      await builder.updateComplete;
      await expectAccessibleInBothSchemes(builder);
    }
  });
});
