/**
 * `@jrmc/elements`: drop-in web components for JRMC. Importing this module registers nothing; import
 * `@jrmc/elements/define` (or a component's own `define` module) to register the tags.
 *
 * @packageDocumentation
 */
export { JrmcProvider } from './jrmc-provider/jrmc-provider.js';
export { requestSessionToken, type SessionRequestOptions } from './jrmc-provider/session-request.js';
export { JrmcSendDatePicker } from './jrmc-send-date-picker/jrmc-send-date-picker.js';
export { dayAvailability, type PickerMode, type AvailabilityOptions, type DayAvailability } from './jrmc-send-date-picker/day-availability.js';
export { JrmcLetterBuilder } from './jrmc-letter-builder/jrmc-letter-builder.js';
export type { LetterPrefill } from './jrmc-letter-builder/letter-prefill.js';
export { jrmcContext, NO_PROVIDER, type JrmcContextValue, type JrmcTheme } from './context/jrmc-context.js';
export { JrmcController, type JrmcControllerConfig } from './controllers/jrmc-controller.js';
export { PollingController, type PollingConfig } from './controllers/polling-controller.js';
export { LatestRequestController, type LatestRequestConfig } from './controllers/latest-request-controller.js';
export { ConfirmController, type ConfirmRequest, type ConfirmConfig } from './controllers/confirm-controller.js';
export { FormControlMixin, setControlValidity, internalsOf, type FormControl } from './mixins/form-control-mixin.js';
export * from './events/jrmc-events.js';
export { translator, localeOf, type Locale, type Messages, type Translate } from './i18n/translate.js';
export { JrmcCreditWidget } from './jrmc-credit-widget/jrmc-credit-widget.js';
export { JrmcShipmentTracker } from './jrmc-shipment-tracker/jrmc-shipment-tracker.js';
export { JrmcLetterHistory } from './jrmc-letter-history/jrmc-letter-history.js';
export { JrmcPaperMail } from './jrmc-paper-mail/jrmc-paper-mail.js';
export * from './events/loan-dossier-events.js';
export { JrmcLoanSubstitution } from './jrmc-loan-substitution/jrmc-loan-substitution.js';
export { JrmcLoanDossier } from './jrmc-loan-dossier/jrmc-loan-dossier.js';
export { JrmcLoanDossiers } from './jrmc-loan-dossiers/jrmc-loan-dossiers.js';
export { JrmcAccountSetup } from './jrmc-account-setup/jrmc-account-setup.js';
export { JrmcTeam } from './jrmc-team/jrmc-team.js';
export { JrmcInvoices } from './jrmc-invoices/jrmc-invoices.js';
export { JrmcHelpCenter } from './jrmc-help-center/jrmc-help-center.js';
