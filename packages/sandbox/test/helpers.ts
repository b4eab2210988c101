import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJrmcClient, type JrmcClient, type JrmcClientOptions } from '@jrmc/core';
import type { LoanDossierCreateParams, Subscriber } from '@jrmc/core/contract';
import { createAccount, type NewAccount } from '../src/index.js';
import { startSandboxServer, type RunningSandbox, type SandboxServerOptions } from '../src/server.js';

/** Monday 30 November 2026, 10:00 Paris. */
export const MONDAY_MORNING = new Date('2026-11-30T09:00:00Z');

export interface TestSandbox extends RunningSandbox {
  client: JrmcClient;
  apiKey: string;
  accountId: string;
  profileIds: string[];
  /** A client for the same server with other options (another key, a custom fetch…). */
  clientWith(options: Partial<JrmcClientOptions>): JrmcClient;
}

/** A sandbox server on a free port with a frozen clock and one ready account. */
export async function startTestSandbox(options: { startAt?: Date; database?: string; account?: Partial<NewAccount>; server?: Partial<SandboxServerOptions> } = {}): Promise<TestSandbox> {
  const server = await startSandboxServer({ port: 0, database: options.database ?? ':memory:', frozen: true, startAt: options.startAt ?? MONDAY_MORNING, ...options.server });
  const { apiKey, accountId, profileIds } = createAccount(server.sandbox, {
    name: 'Cabinet Test',
    credit: 10_000,
    hasSent: true,
    profiles: [{ name: 'Claire Durand', email: 'claire@test.fr', role: 'manager' }],
    ...options.account,
  });
  const clientWith = (extra: Partial<JrmcClientOptions>) => createJrmcClient({ baseUrl: server.url, apiKey, retry: { limit: 2, maxDelayMs: 10 }, ...extra } as JrmcClientOptions);
  return { ...server, client: clientWith({}), apiKey, accountId, profileIds, clientWith };
}

/** A fresh SQLite file path. */
export function temporaryDatabase(): string {
  return join(mkdtempSync(join(tmpdir(), 'jrmc-sandbox-')), 'sandbox.db');
}

export const martin: Subscriber = {
  kind: 'person',
  civility: 'Mme',
  firstName: 'Éloïse',
  lastName: 'Martin',
  address: { line1: '12 rue des Lilas', postcode: '69003', city: 'Lyon' },
};

/** A complete borrower-insurance dossier (BNP loan, CNP → April, LRE), with `overrides` applied. */
export function dossierParams(overrides: Partial<LoanDossierCreateParams> = {}): LoanDossierCreateParams {
  return {
    subscriber: martin,
    bankId: 'bnk_bnp',
    loanReferences: ['PR-2024-001'],
    oldInsurerId: 'ins_cnp',
    oldContractReferences: ['CNP-1'],
    newInsurerName: 'April',
    newContractReferences: ['APR-9'],
    effectiveDate: '2027-03-01',
    route: 'lre',
    ...overrides,
  };
}

/** A complete termination draft (échéance unless told otherwise). */
export async function completeDraft(client: JrmcClient, overrides: Record<string, unknown> = {}) {
  return client.letters.create({
    subscriber: martin,
    recipientId: 'ins_axa',
    contracts: [{ number: 'AUTO-123' }],
    reason: 'loi-hamon',
    facts: { newInsurerName: 'MAIF', contractStartDate: '2024-03-01' },
    ...overrides,
  });
}

/** The balance now. */
export async function balanceOf(client: JrmcClient): Promise<number> {
  return (await client.credit.retrieve()).balance;
}
