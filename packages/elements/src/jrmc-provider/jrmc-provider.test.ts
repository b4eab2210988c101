import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, createJrmcClient, createJrmcConnection, NotFoundError, parisDate, parisTimeToInstant } from '@jrmc/core';
import { advanceClock, newAccount, providerFor, readable, sandboxDayPlus, sandboxNow, sendLetter, until } from '../../test/support/backend.js';
import type { JrmcSendDatePicker } from '../jrmc-send-date-picker/jrmc-send-date-picker.js';
import type { JrmcShipmentTracker } from '../jrmc-shipment-tracker/jrmc-shipment-tracker.js';
import { ApiClock } from './api-clock.js';
import { requestSessionToken } from './session-request.js';
import type { JrmcProvider } from './jrmc-provider.js';

const todayCell = (picker: JrmcSendDatePicker) => picker.shadowRoot!.querySelector<HTMLElement>('td.today')?.dataset.date ?? null;
const clockRead = (provider: JrmcProvider) => provider.context.clockVersion > 0 && provider.context.account !== null;

afterEach(() => document.querySelectorAll('jrmc-provider').forEach((provider) => provider.remove()));

describe('<jrmc-provider> clock', () => {
  it('gives every element the sandbox account’s time; after the clock moves, the picker shows the new day without a reload', async () => {
    const account = await newAccount();
    const provider = providerFor(account);
    const picker = document.createElement('jrmc-send-date-picker');
    provider.append(picker);
    await until(() => clockRead(provider));
    await until(() => todayCell(picker) === parisDate(new Date(Date.now() + provider.context.clockOffsetMs)));
    const { now } = await advanceClock(account, { days: 40 });
    await provider.refresh();
    await picker.updateComplete;
    expect(todayCell(picker)).to.equal(parisDate(now), 'the calendar follows the sandbox day');
    expect(picker.visibleMonth).to.equal(parisDate(now).slice(0, 7), 'and opens on the month of the new first selectable day');
  });

  it('lets the tracker decide with the API’s time: no cancel once the sandbox reaches the scheduled day', async () => {
    const account = await newAccount();
    const day = await sandboxDayPlus(12);
    const letter = await sendLetter(account, { mode: 'scheduled', scheduledDate: day });
    const provider = providerFor(account);
    const tracker = document.createElement('jrmc-shipment-tracker') as JrmcShipmentTracker;
    tracker.letterId = letter.id;
    provider.append(tracker);
    await until(() => clockRead(provider) && tracker.letter !== null);
    expect(tracker.shadowRoot!.querySelector('button.cancel')).to.not.equal(null);
    await advanceClock(account, { to: parisTimeToInstant(day, '00:30').toISOString() });
    await provider.refresh();
    await until(() => tracker.shadowRoot!.querySelector('button.cancel') === null);
  });

  it('an element’s own `now` still wins', async () => {
    const account = await newAccount();
    const provider = providerFor(account);
    const picker = document.createElement('jrmc-send-date-picker');
    const fixed = addDays(parisDate(await sandboxNow()), 100);
    picker.now = parisTimeToInstant(fixed, '09:00').toISOString();
    provider.append(picker);
    await until(() => clockRead(provider));
    await picker.updateComplete;
    expect(todayCell(picker)).to.equal(fixed);
  });
});

describe('<jrmc-provider theme>', () => {
  it('themes every element inside: scheme, surface, accent on native radios, a visible focus outline', async () => {
    const account = await newAccount();
    const provider = providerFor(account, 'fr', 'light');
    const widget = document.createElement('jrmc-credit-widget');
    provider.append(widget);
    await until(() => widget.shadowRoot?.querySelector('input[type="radio"]') != null);
    const radio = () => widget.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    const pay = () => widget.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const look = () => ({ scheme: getComputedStyle(widget).colorScheme, surface: getComputedStyle(widget).backgroundColor, accent: getComputedStyle(pay()).backgroundColor });
    const light = look();
    expect(getComputedStyle(radio()).accentColor).to.equal(light.accent, 'radios follow the accent');
    provider.theme = 'dark';
    await provider.updateComplete;
    const dark = look();
    expect(dark.scheme).to.equal('dark');
    expect(dark.surface).to.not.equal(light.surface);
    expect(dark.accent).to.not.equal(light.accent);
    expect(getComputedStyle(radio()).accentColor).to.equal(dark.accent);
    pay().focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    const outline = getComputedStyle(widget.shadowRoot!.activeElement!);
    expect(outline.outlineStyle).to.equal('solid');
    expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
    expect(outline.outlineColor).to.not.equal(dark.surface);
  });
});

describe('<jrmc-provider> with a client the page made', () => {

  for (const [name, clientFor] of [
    ['createJrmcClient (every resource)', (options: Parameters<typeof createJrmcClient>[0]) => createJrmcClient(options)],
    ['{ connection } from createJrmcConnection (only what the elements bind)', (options: Parameters<typeof createJrmcClient>[0]) => ({ connection: createJrmcConnection(options) })],
  ] as const) {
    it(`elements call through ${name}`, async () => {
      const account = await newAccount({ credit: 4200 });
      const provider = document.createElement('jrmc-provider');
      provider.client = clientFor({ baseUrl: `${location.origin}/sandbox-api`, getToken: () => requestSessionToken(`/test-backend/session?account=${account.accountId}`) });
      const widget = document.createElement('jrmc-credit-widget');
      provider.append(widget);
      document.body.append(provider);
      // The balance comes through the provider's own account call, the receipts through the widget's credit resource.
      await until(() => widget.receipts !== null && widget.shadowRoot?.querySelector('.balance')?.textContent?.includes('€') === true);
      expect(provider.context.connection).to.equal(provider.client!.connection);
      expect(readable(widget.shadowRoot!.querySelector('.balance')!.textContent)).to.contain('42,00 €');
    });
  }
});

describe('ApiClock', () => {
  it('in production (no sandbox clock: 404) follows the server’s Date header', async () => {
    const clock = new ApiClock();
    const notFound = new NotFoundError({ status: 404, type: 'not_found', code: 'no_such_route', message: 'No route', requestId: null, issues: [], data: {}, request: 'GET /v1/sandbox/clock' });
    const sandbox = { clock: () => Promise.reject(notFound) };
    const threeHoursAhead = new Date(Date.now() + 3 * 3600_000);
    const sentAt = Date.now();
    clock.observe(new Response('{}', { headers: { Date: threeHoursAhead.toUTCString() } }), sentAt, sentAt + 40);
    expect(await clock.sync({ sandbox })).to.equal(true);
    expect(Math.abs(clock.offsetMs - 3 * 3600_000)).to.be.below(2_000);
  });

  it('reports other failures instead of guessing', async () => {
    const clock = new ApiClock();
    const sandbox = { clock: () => Promise.reject(new TypeError('Failed to fetch')) };
    let failure: unknown = null;
    await clock.sync({ sandbox }).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(clock.offsetMs).to.equal(0);
  });
});
