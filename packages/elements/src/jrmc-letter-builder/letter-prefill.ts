// Nothing of core at run time: this module is its own lazy chunk, and sharing core's rules with the page would cut
// them out of the page's chunk into a third one (about 0.4 kB more to load). The builder checks the reason.
import type { ReasonCode } from '@jrmc/core';
import type { Recipient, TerminationFacts } from '@jrmc/core/contract';
import type { BuilderDraft } from './builder-draft.js';

/**
 * What the host page already knows about the letter, from its own record (a CRM's customer, a policy): the
 * builder starts a new letter from it instead of asking again. Every part is optional; what is given is only
 * a starting point the user can still change, and is checked like anything typed (nothing is sent unchecked).
 */
export interface LetterPrefill {
  subscriber?: {
    kind?: 'person' | 'company';
    civility?: 'M.' | 'Mme';
    firstName?: string;
    lastName?: string;
    companyName?: string;
    siret?: string;
    address?: { line1?: string; postcode?: string; city?: string };
  };
  /** An insurer of JRMC's directory (`ins_…`): its name and address come from the directory. */
  recipientId?: string;
  /** Contract numbers. */
  contracts?: string[];
  reason?: ReasonCode;
  customReasonText?: string;
  facts?: Partial<TerminationFacts>;
}

/**
 * A draft started from the host's record; `recipient` is the directory entry of `prefill.recipientId`, once fetched.
 * `prefill.reason` must be one of core's catalogue (the builder drops any other before calling).
 */
export function draftFromPrefill(draft: BuilderDraft, prefill: LetterPrefill, recipient: Recipient | null): BuilderDraft {
  const s = prefill.subscriber ?? {};
  const f = prefill.facts ?? {};
  const text = (value: string | null | undefined, fallback: string) => (typeof value === 'string' ? value : fallback);
  return {
    ...draft,
    subscriber: {
      ...draft.subscriber,
      kind: s.kind ?? (s.companyName || s.siret ? 'company' : draft.subscriber.kind),
      civility: s.civility ?? draft.subscriber.civility,
      firstName: text(s.firstName, draft.subscriber.firstName),
      lastName: text(s.lastName, draft.subscriber.lastName),
      companyName: text(s.companyName, draft.subscriber.companyName),
      siret: text(s.siret, draft.subscriber.siret),
      line1: text(s.address?.line1, draft.subscriber.line1),
      postcode: text(s.address?.postcode, draft.subscriber.postcode),
      city: text(s.address?.city, draft.subscriber.city),
    },
    recipient: recipient ? { id: recipient.id, name: recipient.name, address: recipient.address } : draft.recipient,
    contracts: prefill.contracts ? [...new Set(prefill.contracts.map((number) => number.trim()).filter(Boolean))] : draft.contracts,
    reason: prefill.reason ?? draft.reason,
    customReasonText: text(prefill.customReasonText, draft.customReasonText),
    // Each fact the draft holds, from the record when it gives one of the right kind (the deprecated
    // `renewalNoticeReceivedOn` reads as the notice's sending date).
    facts: Object.fromEntries(
      Object.entries(draft.facts).map(([fact, current]) => {
        const given = fact === 'renewalNoticeSentOn' ? (f.renewalNoticeSentOn ?? f.renewalNoticeReceivedOn) : f[fact as keyof typeof f];
        return [fact, typeof given === typeof current ? given : current];
      }),
    ) as BuilderDraft['facts'],
  };
}
