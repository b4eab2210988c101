// Typechecked, not run: every wrapper in a page, with typed props and typed callbacks, and the raw tags
// typed through `@jrmc/react/jsx`. The `@ts-expect-error` lines fail the typecheck if a type loosens.
import type {} from '../src/jsx.js';
import { JrmcCreditWidget, JrmcLetterBuilder, JrmcLetterHistory, JrmcProvider, JrmcSendDatePicker, JrmcShipmentTracker } from '../src/index.js';

export function EveryWrapper({ letterId }: { letterId: string }) {
  return (
    <JrmcProvider baseUrl="/api" sessionUrl="/session" theme="dark" locale="en" onError={(event) => console.error(event.detail.message)}>
      <JrmcCreditWidget lowThreshold={2000} paymentToken="tok_visa" onCreditLow={(event) => event.detail.threshold.toFixed()} onCreditChanged={(event) => event.detail.balance.toFixed()} />
      <JrmcLetterBuilder
        prefill={{ subscriber: { kind: 'person', lastName: 'Martin' } } as never}
        onLetterScheduled={(event) => event.detail.letter.id.toUpperCase()}
        onLetterSent={(event) => event.detail.letterId.toUpperCase()}
        onCreditInsufficient={(event) => event.detail.missing.toFixed()}
        onLetterChange={(event) => event.detail.step}
        onLetterSaved={(event) => event.detail.letterId}
      />
      <JrmcSendDatePicker mode="switch-start" name="start" required onChange={(event) => (event.target as HTMLInputElement).value} />
      <JrmcShipmentTracker letterId={letterId} onStatusChange={(event) => event.detail.status} onLetterCancelled={(event) => event.detail.refunded.toFixed()} onLetterRescheduled={(event) => event.detail.letterId} />
      <JrmcLetterHistory onLetterOpen={(event) => event.detail.action === 'continue'} />
      {/* @ts-expect-error mode is a PickerMode, not any string */}
      <JrmcSendDatePicker mode="tomorrow" />
      {/* @ts-expect-error detail.balance is a number */}
      <JrmcCreditWidget onCreditChanged={(event) => event.detail.balance.toUpperCase()} />
      <jrmc-letter-builder letter-id={letterId} onjrmc-letter-scheduled={(event) => event.detail.letter.status} />
      {/* @ts-expect-error the raw tag's event is typed too */}
      <jrmc-credit-widget onjrmc-credit-low={(event) => event.detail.balance.toUpperCase()} />
    </JrmcProvider>
  );
}
