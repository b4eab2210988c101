import { parisDate } from '@jrmc/core';
import type { AccountKind, PostalAddress } from '@jrmc/core/contract';
import { creditTopUp } from '../services/credit.js';
import { newId } from '../services/ids.js';
import { issueReceipt } from '../services/top-ups.js';
import { COLLECTIONS, type AccountRecord, type ApiKeyRecord, type ProfileRecord } from '../services/records.js';
import type { Sandbox } from '../sandbox.js';

/** What {@link createAccount} is told. */
export interface NewAccount {
  name: string;
  kind?: AccountKind;
  oriasNumber?: string | null;
  email?: string;
  address?: PostalAddress;
  /** Onboarding done (identity verified, mandate signed) — default `true`. */
  ready?: boolean;
  /** Whether the account has sent before (else its first LRE closes at 18:00) — default `false`. */
  hasSent?: boolean;
  /** Initial credit in cents incl. VAT, topped up with a receipt — default 0. */
  credit?: number;
  profiles?: { name: string; email: string; role: 'manager' | 'collaborator' }[];
  /** The company's SIREN, signed with JRMC's mandate when `ready` (default: a valid example). */
  siren?: string;
  /** A chosen API key (default: a random `sk_test_…`). */
  apiKey?: string;
}

/** A created account, with the API key to call the sandbox as it. */
export interface CreatedAccount {
  accountId: string;
  apiKey: string;
  profileIds: string[];
}

/** Creates an account directly in the sandbox (seeding, tests); the API has no sign-up. */
export function createAccount(sandbox: Sandbox, options: NewAccount): CreatedAccount {
  const context = sandbox.context('', sandbox.clock.now());
  const now = context.now.toISOString();
  const accountId = newId('acc');
  const apiKey = options.apiKey ?? newId('sk_test', 16);
  const ready = options.ready ?? true;
  const profileIds: string[] = [];
  sandbox.store.transaction(() => {
    sandbox.store.insert<AccountRecord>(COLLECTIONS.accounts, {
      id: accountId,
      name: options.name,
      kind: options.kind ?? 'broker',
      oriasNumber: options.oriasNumber === undefined ? '07012345' : options.oriasNumber,
      address: options.address ?? { line1: '7 chemin de la Trière', postcode: '38240', city: 'Meylan' },
      email: options.email ?? 'contact@example.fr',
      status: ready ? 'ready' : 'onboarding',
      identityProof: ready
        ? { status: 'verified', kind: 'orias-certificate', uploadedAt: now, rejectionReason: null }
        : { status: 'missing', kind: null, uploadedAt: null, rejectionReason: null },
      // A ready account signed JRMC's mandate in full (name, e-mail, mobile, SIREN): sending checks all four.
      mandate: ready
        ? { status: 'signed', signedAt: now, signatoryName: options.profiles?.[0]?.name ?? options.name, signatoryEmail: options.profiles?.[0]?.email ?? options.email ?? 'contact@example.fr', signatoryMobile: '0612345678', companySiren: options.siren ?? '732829320' }
        : { status: 'unsigned', signedAt: null, signatoryName: null },
      hasSent: options.hasSent ?? false,
      balance: 0,
      createdAt: now,
      nextInvoiceMonth: parisDate(context.now).slice(0, 7),
      invoiceSequence: 0,
    });
    sandbox.clocks.create(accountId);
    sandbox.store.put<ApiKeyRecord>(COLLECTIONS.apiKeys, { id: apiKey, accountId, revokedAt: null });
    for (const profile of options.profiles ?? []) {
      const id = newId('usr');
      profileIds.push(id);
      sandbox.store.insert<ProfileRecord>(COLLECTIONS.profiles, { id, accountId, ...profile, active: true, createdAt: now, deactivatedAt: null });
    }
    if (options.credit) {
      creditTopUp(context, accountId, options.credit);
      issueReceipt(context, accountId, options.credit);
    }
  });
  return { accountId, apiKey, profileIds };
}

/** The demo account: a broker with 100 € of credit and two user profiles, ready to send. */
export function createDemoAccount(sandbox: Sandbox, options: { apiKey?: string } = {}): CreatedAccount {
  return createAccount(sandbox, {
    name: 'Cabinet Durand Courtage',
    kind: 'broker',
    oriasNumber: '07012345',
    email: 'contact@durand-courtage.fr',
    address: { line1: '12 place Victor Hugo', postcode: '38000', city: 'Grenoble' },
    credit: 10_000,
    profiles: [
      { name: 'Claire Durand', email: 'claire@durand-courtage.fr', role: 'manager' },
      { name: 'Léa Petit', email: 'lea@durand-courtage.fr', role: 'collaborator' },
    ],
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
  });
}
