import type { Account } from '@jrmc/core/contract';

/** `<jrmc-account-setup>`: the account has everything it needs to send (identity verified, topped up, mandate signed). */
export class JrmcAccountReadyEvent extends Event {
  static readonly type = 'jrmc-account-ready';
  constructor(readonly detail: { account: Account }) {
    super(JrmcAccountReadyEvent.type, { bubbles: true, composed: true });
  }
}
