// Typechecked, not run: `@jrmc/elements/vue` gives every tag typed props and listeners in Vue templates.
import type { GlobalComponents } from 'vue';
import type {} from '@jrmc/elements/vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const onScheduled: PropsOf<'jrmc-letter-builder'>['onJrmcLetterScheduled'] = (event) => event.detail.letter.id;
export const picker: PropsOf<'jrmc-send-date-picker'> = { mode: 'loan-start', required: true, onChange: (event) => event.type };
// @ts-expect-error mode is a PickerMode
export const wrongMode: PropsOf<'jrmc-send-date-picker'> = { mode: 'tomorrow' };
// @ts-expect-error detail.balance is a number
export const wrongDetail: PropsOf<'jrmc-credit-widget'>['onJrmcCreditChanged'] = (event) => event.detail.balance.toUpperCase();
export const tag: HTMLElementTagNameMap['jrmc-letter-history'] | null = document.querySelector('jrmc-letter-history');
