// Drives a <jrmc-letter-builder> the way a person does, for the builder's tests.
import type { JrmcLetterBuilder } from '../../src/jrmc-letter-builder/jrmc-letter-builder.js';
import { providerFor, sandboxNow, until, type TestAccount } from './backend.js';

export function $(builder: JrmcLetterBuilder, selector: string): HTMLElement {
  const found = builder.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in step ${builder.draft.step}`);
  return found;
}

export async function type(builder: JrmcLetterBuilder, selector: string, text: string): Promise<void> {
  const input = $(builder, selector) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await builder.updateComplete;
}

export async function choose(builder: JrmcLetterBuilder, selector: string, value: string): Promise<void> {
  const select = $(builder, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await builder.updateComplete;
}

export async function click(builder: JrmcLetterBuilder, selector: string): Promise<void> {
  $(builder, selector).click();
  await builder.updateComplete;
}

export async function next(builder: JrmcLetterBuilder): Promise<void> {
  await click(builder, 'button.next');
}

/** Fills the subscriber step with a person. */
export async function fillPerson(builder: JrmcLetterBuilder, lastName = 'Martin'): Promise<void> {
  await choose(builder, '#field-subscriber-civility', 'Mme');
  await type(builder, '#field-subscriber-firstName', 'Éloïse');
  await type(builder, '#field-subscriber-lastName', lastName);
  await type(builder, '#field-subscriber-line1', '12 rue des Lilas');
  await type(builder, '#field-subscriber-postcode', '69003');
  await type(builder, '#field-subscriber-city', 'Lyon');
}

/** Searches the directory and picks the first result. */
export async function pickInsurer(builder: JrmcLetterBuilder, query: string): Promise<void> {
  await type(builder, '#field-recipient-search', query);
  await until(() => builder.shadowRoot!.querySelector('button.result') !== null);
  await click(builder, 'button.result');
}

export async function chooseReason(builder: JrmcLetterBuilder, code: string): Promise<void> {
  await click(builder, `input[name="reason"][value="${code}"]`);
}

export async function addContract(builder: JrmcLetterBuilder, number: string): Promise<void> {
  await type(builder, '#field-contract-number', number);
  const form = $(builder, 'form.add-contract') as HTMLFormElement;
  form.requestSubmit();
  // The API checks combinability: wait for its answer.

  await until(() => !builder.addingContract && (builder.draft.contracts.includes(number) || builder.contractError !== null));

  await builder.updateComplete;
}

/** A picker's day cell inside the current step. */
export function pickerCell(builder: JrmcLetterBuilder, date: string): HTMLElement {
  const picker = builder.shadowRoot!.querySelector('jrmc-send-date-picker')!;
  const cell = picker.shadowRoot!.querySelector<HTMLElement>(`td[data-date="${date}"]`);
  if (!cell) throw new Error(`no day ${date} on the picker`);
  return cell;
}

/** Moves the picker's month until `date` shows, then clicks it. */
export async function pickDate(builder: JrmcLetterBuilder, date: string): Promise<void> {
  const picker = builder.shadowRoot!.querySelector('jrmc-send-date-picker')!;
  for (let i = 0; i < 24 && !picker.shadowRoot!.querySelector(`td[data-date="${date}"]`); i += 1) {
    const forward = (picker.visibleMonth ?? '') < date.slice(0, 7);
    (picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('.caption button')[forward ? 1 : 0]!).click();
    await picker.updateComplete;
  }
  pickerCell(builder, date).click();
  await picker.updateComplete;
  await builder.updateComplete;
}

/** A builder on sandbox time inside a provider for `account`, its first step shown (`letterId`: resume that draft). */
export async function mountBuilder(account: TestAccount, options: { locale?: 'fr' | 'en'; letterId?: string } = {}): Promise<JrmcLetterBuilder> {
  const provider = providerFor(account, options.locale ?? 'fr');
  const builder = document.createElement('jrmc-letter-builder');
  builder.now = await sandboxNow();
  if (options.locale) builder.locale = options.locale;
  if (options.letterId) builder.letterId = options.letterId;
  provider.append(builder);
  await until(() => builder.shadowRoot?.querySelector('#step-title') !== null && builder.jrmc.account !== null);
  return builder;
}

/** Subscriber, insurer, reason and one contract: the builder then stands on the dates step. */
export async function upToDates(builder: JrmcLetterBuilder, reason: string): Promise<void> {
  await fillPerson(builder);
  await next(builder);
  await pickInsurer(builder, 'maif');
  await next(builder);
  await chooseReason(builder, reason);
  await next(builder);
  await addContract(builder, 'AUTO-123');
  await next(builder);
}
