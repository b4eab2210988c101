import { addDays, addMonthsLegal, dispatchDate, isIsoDate, isoWeekday, parisDate, switchSendDate, type IsoDate } from '@jrmc/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { JrmcController } from '../controllers/jrmc-controller.js';
import { FormControlMixin, internalsOf, setControlValidity } from '../mixins/form-control-mixin.js';
import { formatDay, formatMonth, weekdayNames } from '../i18n/format.js';
import type { Locale } from '../i18n/translate.js';
import { tokens } from '../styles/tokens.js';
import { dayAvailability, type AvailabilityOptions, type PickerMode, type UnavailableKind } from './day-availability.js';
import { pickerStyles } from './jrmc-send-date-picker.styles.js';
import { pickerT as translate } from './picker-i18n.js';

/**
 * A calendar for choosing a date the rules allow: a send date (`lre`, `paper`), a Hamon/RIA new contract
 * start (`switch-start`, showing the computed send date), or a borrower-insurance start (`loan-start`).
 * Impossible days stay visible but disabled, with their reason (holiday, past cut-off, unreachable start,
 * less than 25 days). It is a form control: `name`, `value` (`YYYY-MM-DD`), `required`, validity, and it
 * submits with the host's own `<form>`.
 *
 * @summary Form-associated date picker guided by JRMC's rules.
 * @event input - The user chose a day (`value` holds it), as a native input does.
 * @event change - The user chose a day (`value` holds it).
 * @csspart label - The visible label above the calendar (`label`, default "Date").
 * @csspart calendar - The calendar box.
 * @csspart status - The line explaining the hovered, focused or chosen day.
 * @csspart legend - The key to the day styles (possible, chosen, and each kind of closed day shown).
 * @cssproperty --jrmc-color-accent - Selected day and buttons.
 * @cssproperty --jrmc-color-muted - Disabled days and weekday names.
 * @cssproperty --jrmc-picker-width - Width of the calendar (default 20rem; fixed so it does not jump between months).
 * @cssstate invalid - The current value is missing (when required) or not allowed.
 */
export class JrmcSendDatePicker extends FormControlMixin(LitElement) {
  /** @internal Lit's stylesheet of the element: restyle it through its CSS custom properties and parts. */
  static override styles = [tokens, pickerStyles];

  static override properties = {
    mode: { reflect: true },
    label: {},
    now: {},
    firstSend: { type: Boolean, attribute: 'first-send' },
    sendDate: { attribute: 'send-date' },
    max: {},
    locale: {},
    visibleMonth: { attribute: false },
    activeDay: { state: true, attribute: false },
    hoveredDay: { state: true, attribute: false },
  };

  constructor() {
    super();
    this.mode = 'lre';
    this.label = '';
    this.now = '';
    this.firstSend = false;
    this.sendDate = '';
    this.max = '';
    this.locale = '';
    this.visibleMonth = '';
    this.activeDay = '';
    this.hoveredDay = '';
  }

  /** What is chosen: `lre` (default), `paper`, `switch-start` or `loan-start`. */
  declare mode: PickerMode;

  /** The accessible name of the calendar. */
  declare label: string;

  /** Overrides the current instant (ISO-8601); default: the API's time from the provider. */
  declare now: string;

  /** The account's first send (18:00 cut-off). */
  declare firstSend: boolean;

  /** `loan-start`: the day the substitution letter leaves. */
  declare sendDate: string;

  /** Last acceptable day (e.g. an échéance's last send date). */
  declare max: string;

  /** `fr` or `en`; default: the provider's locale. */
  declare locale: Locale | '';

  /** The connection to the surrounding `<jrmc-provider>` (locale, account, API clock). */
  readonly jrmc = new JrmcController(this, { locale: () => this.locale, now: () => this.now });

  /** The month on screen, `YYYY-MM` (set it to turn the calendar to that month). */
  declare visibleMonth: string;
  /** The day that has keyboard focus. */
  declare activeDay: string;
  /** The day under the pointer: its reason shows as it would on focus. */
  declare hoveredDay: string;

  #pendingFocus = false;
  // The API day the view was anchored on: when the clock turns a day, an untouched calendar follows it.
  #anchoredOn = '';

  /** Why a day cannot be chosen (or `null` when it can), in the current locale. */
  reasonFor(date: IsoDate): string | null {
    const availability = dayAvailability(date, this.#options(), this.jrmc.locale);
    return availability.available ? null : availability.reason;
  }

  #kindOf(date: IsoDate): UnavailableKind | null {
    const availability = dayAvailability(date, this.#options(), this.jrmc.locale);
    return availability.available ? null : availability.kind;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const valueMoved = changed.has('value') && isIsoDate(this.value);
    const today = parisDate(this.jrmc.now());
    const dayTurned = this.#anchoredOn !== '' && this.#anchoredOn !== today && !isIsoDate(this.value);
    if (!this.visibleMonth || !this.activeDay || valueMoved || dayTurned) {
      this.#anchoredOn = today;
      const anchor = isIsoDate(this.value) ? this.value : this.#firstAvailable();
      this.visibleMonth = anchor.slice(0, 7);
      this.activeDay = anchor;
    }
    this.#syncForm();
  }

  protected override updated(): void {
    if (this.#pendingFocus) {
      this.#pendingFocus = false;
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
  }

  override render() {
    const locale = this.jrmc.locale;
    const weeks = this.#weeks();
    const names = weekdayNames(locale, 'short');
    const longNames = weekdayNames(locale, 'long');
    const today = parisDate(this.jrmc.now());
    const label = this.label || translate(locale, 'picker.label');
    const kinds = [...new Set(weeks.flat().flatMap((date) => (date ? [this.#kindOf(date)] : [])).filter((kind): kind is UnavailableKind => kind !== null))];
    return html`
      <div class="calendar" part="calendar" @mouseleave=${() => (this.hoveredDay = '')}>
        <div class="label" part="label" id="picker-label">${label}</div>
        <div class="caption">
          <button type="button" class="secondary" aria-label=${translate(locale, 'picker.previousMonth')} @click=${() => this.#moveMonth(-1)}>‹</button>
          <h2 aria-live="polite">${formatMonth(locale, this.visibleMonth)}</h2>
          <button type="button" class="secondary" aria-label=${translate(locale, 'picker.nextMonth')} @click=${() => this.#moveMonth(1)}>›</button>
        </div>
        <table role="grid" aria-label=${`${label} — ${formatMonth(locale, this.visibleMonth)}`} aria-describedby="picker-status" @keydown=${this.#onKeydown}>
          <thead>
            <tr>
              ${names.map((name, index) => html`<th scope="col" abbr=${longNames[index] ?? name}>${name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${weeks.map(
              (week) => html`<tr>
                ${week.map((date) => (date ? this.#renderDay(date, today, locale) : html`<td aria-hidden="true"></td>`))}
              </tr>`,
            )}
          </tbody>
        </table>
        <div class="status" part="status" id="picker-status" role="status" aria-live="polite">${this.#statusText(locale)}</div>
        <div class="legend" part="legend">
          <span class="visually-hidden">${translate(locale, 'picker.legend')}</span>
          <ul>
            <li><span class="swatch available" aria-hidden="true">1</span>${translate(locale, 'picker.legend.available')}</li>
            <li><span class="swatch selected" aria-hidden="true">1</span>${translate(locale, 'picker.legend.selected')}</li>
            ${kinds.map((kind) => html`<li><span class="swatch closed kind-${kind}" aria-hidden="true">1</span>${translate(locale, `picker.legend.${kind}`)}</li>`)}
          </ul>
          ${kinds.length > 0 ? html`<p class="hint">${translate(locale, 'picker.legend.hint')}</p>` : nothing}
        </div>
      </div>
    `;
  }

  #renderDay(date: IsoDate, today: IsoDate, locale: Locale) {
    const reason = this.reasonFor(date);
    const kind = reason ? this.#kindOf(date) : null;
    const selected = date === this.value;
    const label = `${formatDay(locale, date, 'full')}${reason ? ` — ${reason}` : ''}`;
    return html`<td
      tabindex=${date === this.activeDay ? 0 : -1}
      class=${[date === today ? 'today' : '', kind ? `closed kind-${kind}` : ''].filter(Boolean).join(' ')}
      aria-selected=${selected ? 'true' : 'false'}
      aria-disabled=${reason ? 'true' : 'false'}
      aria-label=${label}
      title=${reason ?? nothing}
      data-date=${date}
      @click=${() => this.#choose(date)}
      @focus=${() => (this.activeDay = date)}
      @mouseenter=${() => (this.hoveredDay = date)}
    >${Number(date.slice(8))}</td>`;
  }

  #statusText(locale: Locale): string {
    // The pointer's day first, then the keyboard's: a closed day's reason shows on hover and on focus alike.
    const hoveredReason = this.hoveredDay ? this.reasonFor(this.hoveredDay) : null;
    if (hoveredReason) return translate(locale, 'picker.dayReason', { date: formatDay(locale, this.hoveredDay), reason: hoveredReason });
    const focusedReason = this.activeDay && this.#hasFocus() ? this.reasonFor(this.activeDay) : null;
    if (focusedReason && this.activeDay !== this.value) return translate(locale, 'picker.dayReason', { date: formatDay(locale, this.activeDay), reason: focusedReason });
    if (!isIsoDate(this.value)) return translate(locale, 'picker.none');
    const chosen = translate(locale, 'picker.selected', { date: formatDay(locale, this.value) });
    if (this.mode === 'switch-start') {
      const result = switchSendDate(this.value);
      if (result.reachable) {
        const { sendDate, notificationDate, terminationDate } = result.timeline;
        return `${chosen} — ${translate(locale, 'picker.sendDateFor', { send: formatDay(locale, sendDate), notification: formatDay(locale, notificationDate), termination: formatDay(locale, terminationDate) })}`;
      }
    }
    const reason = this.reasonFor(this.value);
    return reason ? `${chosen} — ${reason}` : chosen;
  }

  #hasFocus(): boolean {
    return this.shadowRoot?.activeElement != null || this.#pendingFocus;
  }

  #choose(date: IsoDate): void {
    this.activeDay = date;
    if (this.reasonFor(date)) return;
    this.value = date;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const day = this.activeDay;
    const moves: Record<string, () => IsoDate> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => addDays(day, 1 - isoWeekday(day)),
      End: () => addDays(day, 7 - isoWeekday(day)),
      PageUp: () => addMonthsLegal(day, event.shiftKey ? -12 : -1),
      PageDown: () => addMonthsLegal(day, event.shiftKey ? 12 : 1),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#choose(day);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.activeDay = move();
    this.visibleMonth = this.activeDay.slice(0, 7);
    this.#pendingFocus = true;
  };

  #moveMonth(delta: number): void {
    this.visibleMonth = addMonthsLegal(`${this.visibleMonth}-01`, delta).slice(0, 7);
    this.activeDay = `${this.visibleMonth}-01`;
  }

  #weeks(): (IsoDate | null)[][] {
    const first = `${this.visibleMonth}-01`;
    const days: (IsoDate | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
    for (let date = first; date.startsWith(this.visibleMonth); date = addDays(date, 1)) days.push(date);
    while (days.length % 7 !== 0) days.push(null);
    return Array.from({ length: days.length / 7 }, (_, row) => days.slice(row * 7, row * 7 + 7));
  }

  #firstAvailable(): IsoDate {
    const options = this.#options();
    let date = parisDate(options.now);
    if (options.mode === 'switch-start' || options.mode === 'loan-start') date = addDays(date, 20);
    for (let tries = 0; tries < 400; tries += 1, date = addDays(date, 1)) {
      if (dayAvailability(date, options, 'fr').available) return date;
    }
    return parisDate(options.now);
  }

  #syncForm(): void {
    const value = isIsoDate(this.value) ? this.value : '';
    internalsOf(this).setFormValue(value || null, value);
    const locale = this.jrmc.locale;
    const anchor = this.renderRoot?.querySelector<HTMLElement>('td[tabindex="0"]') ?? undefined;
    const reason = value ? this.reasonFor(value) : null;
    if (this.required && !value) setControlValidity(this, { flags: { valueMissing: true }, message: translate(locale, this.mode === 'lre' || this.mode === 'paper' ? 'picker.missing.send' : 'picker.missing.start') }, anchor);
    else if (reason) setControlValidity(this, { flags: { customError: true }, message: translate(locale, 'picker.invalid', { reason }) }, anchor);
    else setControlValidity(this, null);
  }

  #options(): AvailabilityOptions {
    const now = this.jrmc.now();
    return {
      mode: this.mode,
      now,
      firstSend: this.firstSend || (this.jrmc.account ? !this.jrmc.account.hasSent : false),
      sendDate: isIsoDate(this.sendDate) ? this.sendDate : this.mode === 'loan-start' ? dispatchDate({ channel: 'lre', validatedAt: now }) : undefined,
      max: isIsoDate(this.max) ? this.max : undefined,
    };
  }
}
