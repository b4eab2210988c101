/**
 * Registers every JRMC element (`import '@jrmc/elements/define'`). Importing the classes from
 * `@jrmc/elements` registers nothing.
 */
import './jrmc-provider/define.js';
import './jrmc-send-date-picker/define.js';
import './jrmc-letter-builder/define.js';
import './jrmc-credit-widget/define.js';
import './jrmc-shipment-tracker/define.js';
import './jrmc-letter-history/define.js';
import './jrmc-paper-mail/define.js';
import './jrmc-loan-substitution/define.js';
import './jrmc-loan-dossier/define.js';
import './jrmc-loan-dossiers/define.js';
import './jrmc-account-setup/define.js';
import './jrmc-team/define.js';
import './jrmc-invoices/define.js';
import './jrmc-help-center/define.js';
