// Test helpers talking to the in-process sandbox through the test backend (see test/test-backend.mjs).
import { bindResources, LettersResource, LoanDossiersResource } from '@jrmc/core';
import type { JrmcProvider } from '../../src/jrmc-provider/jrmc-provider.js';
import '../../src/define.js';

export interface TestAccount {
  accountId: string;
  profileId: string;
}

async function post<T>(path: string, body: unknown = {}): Promise<T> {
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** A fresh account with `credit` cents. */
export function newAccount(options: { credit?: number; hasSent?: boolean; ready?: boolean } = {}): Promise<TestAccount> {
  return post('/test-backend/account', options);
}

/** Moves the sandbox clock (for every account). */
export function advanceClock(account: TestAccount, params: { to?: string; days?: number; seconds?: number }): Promise<{ now: string }> {
  return post('/test-backend/clock', { account: account.accountId, ...params });
}

/** The sandbox's current instant. */
export async function sandboxNow(): Promise<string> {
  return ((await (await fetch('/test-backend/now')).json()) as { now: string }).now;
}

/** Letters of the account, read server side. */
export function lettersOf(account: TestAccount, params: Record<string, unknown> = {}): Promise<{ id: string; status: string }[]> {
  return post('/test-backend/letters', { account: account.accountId, ...params });
}

/**
 * A `<jrmc-provider>` connected to the sandbox with session tokens from the test backend — the same
 * wiring an integrator's page uses.
 */
export function providerFor(account: TestAccount, locale: 'fr' | 'en' = 'fr', theme: 'light' | 'dark' | 'auto' = 'auto'): JrmcProvider {
  const provider = document.createElement('jrmc-provider');
  provider.baseUrl = `${location.origin}/sandbox-api`;
  provider.sessionUrl = `/test-backend/session?account=${account.accountId}`;
  provider.clockUrl = `/test-backend/now?account=${account.accountId}`;
  provider.locale = locale;
  provider.theme = theme;
  document.body.append(provider);
  return provider;
}

/** Waits until `check` passes (component updates after network round trips). */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Seeds `count` letters (drafts and scheduled) into the account; `assigned`: all to the account's profile. */
export function seedHistory(account: TestAccount, count: number, options: { assigned?: boolean } = {}): Promise<unknown> {
  return post('/test-backend/seed-history', { account: account.accountId, count, assigneeIds: options.assigned ? [account.profileId] : undefined });
}

/** Sends a complete termination letter server side; `contract` may carry a sandbox magic value. */
export function sendLetter(
  account: TestAccount,
  options: { contract?: string; mode?: 'now' | 'scheduled'; scheduledDate?: string; withAcknowledgement?: boolean; reason?: string; facts?: Record<string, unknown>; newContractStart?: string } = {},
): Promise<{ id: string; status: string; dispatchDate: string; price: { inclVat: number } }> {
  return post('/test-backend/send-letter', { account: account.accountId, ...options });
}

/** Posts a paper letter now (recommandé AR unless `product` says otherwise); `name` may carry a sandbox magic value. */
export function sendPaper(account: TestAccount, name?: string, product?: string): Promise<{ id: string; status: string; dispatchDate: string }> {
  return post('/test-backend/send-paper', { account: account.accountId, name, product });
}

/** Text as a person reads it: Intl's narrow no-break spaces (before €, in dates) become plain spaces. */
export function readable(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ');
}

/** A Paris calendar day `days` after the sandbox's current day. */
export async function sandboxDayPlus(days: number): Promise<string> {
  const { addDays, parisDate } = await import('@jrmc/core');
  return addDays(parisDate(await sandboxNow()), days);
}

/** Creates a user profile server side (default: a collaborator). */
export function newProfile(account: TestAccount, options: { name?: string; email?: string; role?: 'manager' | 'collaborator' } = {}): Promise<{ id: string; name: string }> {
  return post('/test-backend/profile', { account: account.accountId, ...options });
}

/** A `<jrmc-provider>` whose session tokens are minted for one user profile (manager or collaborator). */
export function providerAs(account: TestAccount, profileId: string, locale: 'fr' | 'en' = 'fr', theme: 'light' | 'dark' | 'auto' = 'auto'): JrmcProvider {
  const provider = providerFor(account, locale, theme);
  provider.sessionUrl = `/test-backend/session?account=${account.accountId}&profile=${profileId}`;
  return provider;
}

/** A complete loan dossier to open (BNP loan, CNP → April, LRE, the new cover starting in 90 days), with `overrides` applied. */
export async function dossierParams(overrides: Partial<DossierParams> = {}): Promise<DossierParams> {
  return {
    subscriber: { kind: 'person', civility: 'Mme', firstName: 'Inès', lastName: 'Dossier', address: { line1: '1 rue A', postcode: '75001', city: 'Paris' } },
    bankId: 'bnk_bnp',
    loanReferences: ['PR-1'],
    oldInsurerId: 'ins_cnp',
    oldContractReferences: ['C-1'],
    newInsurerName: 'April',
    newContractReferences: ['N-1'],
    effectiveDate: await sandboxDayPlus(90),
    route: 'lre',
    ...overrides,
  };
}
type DossierParams = Parameters<LoanDossiersResource['create']>[0];

/** The letters and loan dossiers resources on a provider's connection, for a test that calls the API as the page's user. */
export function apiOf(provider: JrmcProvider): { letters: LettersResource; loanDossiers: LoanDossiersResource } {
  const connection = provider.context.connection;
  if (!connection) throw new Error('the provider has no connection yet');
  return bindResources(connection, { letters: LettersResource, loanDossiers: LoanDossiersResource });
}
