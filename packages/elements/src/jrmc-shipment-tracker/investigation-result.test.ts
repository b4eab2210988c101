import { expect } from '@open-wc/testing';
import { formatDay } from '../i18n/format.js';
import { advanceClock, newAccount, providerFor, readable, sendPaper, until, type TestAccount } from '../../test/support/backend.js';
import type { JrmcShipmentTracker } from './jrmc-shipment-tracker.js';
import './define.js';
import { expectAccessibleInBothSchemes } from '../../test/support/accessibility.js';

async function track(account: TestAccount, letterId: string, locale: 'fr' | 'en' = 'fr'): Promise<JrmcShipmentTracker> {
  const provider = providerFor(account, locale);
  const tracker = document.createElement('jrmc-shipment-tracker');
  tracker.letterId = letterId;
  provider.append(tracker);
  await until(() => tracker.letter !== null && provider.context.clockVersion > 0);
  return tracker;
}

async function moveTo(account: TestAccount, tracker: JrmcShipmentTracker, params: { to?: string; days?: number }) {
  await advanceClock(account, params);
  await tracker.closest('jrmc-provider')!.refresh();
  await tracker.refresh();
}

async function investigate(tracker: JrmcShipmentTracker, message: string) {
  const field = tracker.shadowRoot!.querySelector<HTMLTextAreaElement>('#investigation-message')!;
  field.value = message;
  field.dispatchEvent(new Event('input'));
  await tracker.updateComplete;
  tracker.shadowRoot!.querySelector<HTMLButtonElement>('button.investigate')!.click();
  await until(() => tracker.letter?.service === 'paper-mail' && tracker.letter.investigation !== null);
}

const investigationOf = (tracker: JrmcShipmentTracker) => (tracker.letter?.service === 'paper-mail' ? tracker.letter.investigation : null);
const resultText = (tracker: JrmcShipmentTracker) => readable(tracker.shadowRoot!.querySelector('.investigation-result')?.textContent);

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-shipment-tracker> investigation result', () => {
  it('SANDBOX-PERDU: the message sent and the answer day while open, then “perdu” once La Poste answers on the clock', async () => {
    const account = await newAccount();
    const paper = await sendPaper(account, 'Mairie SANDBOX-PERDU', 'recommande');
    const tracker = await track(account, paper.id);
    await moveTo(account, tracker, { days: 17 });
    await investigate(tracker, 'Le destinataire n’a toujours rien reçu.');
    const open = investigationOf(tracker)!;
    expect(open.outcome).to.equal(null);
    expect(resultText(tracker))
      .to.contain('Enquête ouverte le')
      .and.contain('Le destinataire n’a toujours rien reçu.')
      .and.contain(`La Poste répond au plus tard le ${readable(formatDay('fr', open.answerBy))}.`);
    expect(resultText(tracker)).to.not.contain('Résultat de l’enquête');

    await moveTo(account, tracker, { days: 22 });
    await until(() => investigationOf(tracker)?.outcome === 'lost');
    await tracker.updateComplete;
    const shown = resultText(tracker);
    expect(shown).to.contain('Résultat de l’enquête').and.contain('il est perdu').and.contain('envoyez un nouveau courrier');
    expect(shown).to.contain('Le destinataire n’a toujours rien reçu.');
    expect(shown).to.not.contain('La Poste répond au plus tard');
    expect(tracker.shadowRoot!.querySelector('.investigation-result')!.getAttribute('data-outcome')).to.equal('lost');
    expect(readable(tracker.shadowRoot!.querySelector('ol.timeline')!.textContent)).to.contain('Enquête close : La Poste a répondu');
    expect(tracker.letter!.status).to.equal('in_transit');
    expect(readable(tracker.shadowRoot!.textContent)).to.not.contain('Distribution prévue', 'the expected day is long past: the answer says what became of it');
    await expectAccessibleInBothSchemes(tracker);
  });

  it('SANDBOX-SUIVI-FIGE, in English: found delivered, the tracking had only lagged; the letter ends delivered', async () => {
    const account = await newAccount();
    const paper = await sendPaper(account, 'Assureur SANDBOX-SUIVI-FIGE', 'lettre-suivie');
    const tracker = await track(account, paper.id, 'en');
    await moveTo(account, tracker, { days: 17 });
    await investigate(tracker, 'Nothing received yet.');
    expect(resultText(tracker)).to.contain('La Poste answers by').and.contain('Nothing received yet.');
    await moveTo(account, tracker, { days: 22 });
    await until(() => investigationOf(tracker)?.outcome === 'delivered' && tracker.letter?.status === 'delivered');
    await tracker.updateComplete;
    expect(resultText(tracker)).to.contain('Investigation result').and.contain('the letter was delivered; only its tracking had not been updated.');
  });

  it('SANDBOX-RETOUR-TROUVE: found returned to sender; the answer says so and the letter ends returned', async () => {
    const account = await newAccount();
    const paper = await sendPaper(account, 'Mutuelle SANDBOX-RETOUR-TROUVE', 'lettre-suivie');
    const tracker = await track(account, paper.id);
    await moveTo(account, tracker, { days: 17 });
    await investigate(tracker, 'Aucune nouvelle du courrier.');
    await moveTo(account, tracker, { days: 22 });
    await until(() => investigationOf(tracker)?.outcome === 'returned' && tracker.letter?.status === 'returned');
    await tracker.updateComplete;
    expect(resultText(tracker)).to.contain('Résultat de l’enquête').and.contain('le courrier a été retourné à l’expéditeur.');
    expect(tracker.shadowRoot!.querySelector('.investigation-result')!.getAttribute('data-outcome')).to.equal('returned');
  });
});
