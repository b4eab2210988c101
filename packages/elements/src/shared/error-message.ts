import {
  isAuthenticationError,
  isIsoDate,
  isInsufficientCreditError,
  isJrmcNetworkError,
  isJrmcTimeoutError,
  isNotFoundError,
  isPermissionError,
  isRuleViolationError,
  isServerError,
} from '@jrmc/core';
import type { FieldIssue } from '@jrmc/core/contract';
import { formatCents, formatDay } from '../i18n/format.js';
import { errorMessagesFr } from '../i18n/error-messages.js';
import { translator, type Locale } from '../i18n/translate.js';

// Only the error table: a page that shows errors does not pay for every shared string through this module.
// English comes with the other shared strings' (every element's English loads that chunk anyway): one chunk, not two.
type MessageKey = keyof typeof errorMessagesFr;
const translate = translator<MessageKey>({ fr: errorMessagesFr, en: async () => (await import('../i18n/common-messages-en.js')).commonEn });

// A refusal's sentence is `rule.<code>` of the error table; a code without its own sentence (one the API added
// later) reads the server's message. `insufficient_credit` has its own branch: it needs the missing amount.
function ruleKeyOf(code: string): MessageKey | null {
  const key = `rule.${code}`;
  return key in errorMessagesFr && code !== 'generic' && code !== 'insufficient_credit' ? (key as MessageKey) : null;
}

/** A localized sentence for any error a component meets. */
export function errorMessage(locale: Locale, error: unknown): string {
  // Only rules that name a date carry one: anything else formats to nothing rather than throwing.
  const day = (value: unknown) => (isIsoDate(value) ? formatDay(locale, value) : '');
  if (isInsufficientCreditError(error)) return translate(locale, 'rule.insufficient_credit', { missing: formatCents(locale, error.missing) });
  if (isRuleViolationError(error)) {
    const key = ruleKeyOf(error.code);
    if (!key) return translate(locale, 'rule.generic', { message: error.message });
    const data = error.data as Record<string, { newContractStart?: string } | string | string[] | undefined>;
    return translate(locale, key, {
      date: day(data.date ?? data.earliestDate ?? data.earliestStart ?? data.deadline ?? ''),
      before: day((data.before as { newContractStart?: string } | undefined)?.newContractStart),
      after: day((data.after as { newContractStart?: string } | undefined)?.newContractStart),
      differs: Array.isArray(data.differs) ? data.differs.map((condition) => translate(locale, `condition.${condition}` as MessageKey)).join(', ') : '',
    });
  }
  if (isJrmcNetworkError(error)) return translate(locale, 'errors.network');
  if (isJrmcTimeoutError(error)) return translate(locale, 'errors.timeout');
  if (isAuthenticationError(error)) return translate(locale, 'errors.auth');
  if (isPermissionError(error)) return translate(locale, 'errors.permission');
  if (isNotFoundError(error)) return translate(locale, 'errors.notFound');
  if (isServerError(error)) return translate(locale, 'errors.server');
  return translate(locale, 'common.error', { message: error instanceof Error ? error.message : String(error) });
}

/** A localized message for one field issue, by its path and code. */
export function fieldIssueMessage(locale: Locale, issue: FieldIssue): string {
  const last = String(issue.path.at(-1) ?? '');
  if (issue.code === 'required' || issue.code === 'too_small') return translate(locale, 'errors.field.required');
  if (last === 'siret') return translate(locale, 'errors.field.siret');
  if (last === 'postcode') return translate(locale, 'errors.field.postcode');
  if (/date|Date|Start/.test(last)) return translate(locale, 'errors.field.date');
  return translate(locale, 'errors.field.invalid');
}

/** The builder field a rule refusal is about (`data.field`), as the builder names its fields; `null` when none. */
export function ruleFieldOf(error: unknown): string | null {
  if (!isRuleViolationError(error) || typeof error.data.field !== 'string') return null;
  // The timing rules speak of the day the letter leaves: the builder's send-date picker.
  return error.data.field === 'sendDate' ? 'scheduledDate' : error.data.field;
}
