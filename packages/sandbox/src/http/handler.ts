import type { OperationId } from '@jrmc/core/contract';
import type { AccountContext } from '../services/context.js';
import type { Sandbox } from '../sandbox.js';

/** Who is calling: the account, and how (API key, or a browser session token with scopes). */
export interface Principal {
  accountId: string;
  profileId: string | null;
  via: 'apiKey' | 'session';
  /** The account is closed: reads only. */
  closed: boolean;
}

/** What a handler receives: validated path parameters, query and body. */
export interface HandlerInput {
  sandbox: Sandbox;
  context: AccountContext;
  principal: Principal;
  path: Record<string, string>;
  query: any;
  body: any;
}

/**
 * A route handler. Mutations (every method but GET) run inside one store transaction and must be
 * synchronous; reads may be asynchronous (PDF rendering). The result is the JSON body, or PDF bytes.
 */
export type Handler = ((input: HandlerInput) => unknown) | PreparedHandler;

/**
 * A mutation that needs asynchronous work first (hashing an upload): `prepare` runs before the
 * transaction, `run` inside it with what `prepare` returned.
 */
export interface PreparedHandler {
  prepare: (input: HandlerInput) => Promise<unknown>;
  run: (input: HandlerInput, prepared: any) => unknown;
}

/** One handler per operation of the contract. */
export type HandlerTable = Record<OperationId, Handler>;
