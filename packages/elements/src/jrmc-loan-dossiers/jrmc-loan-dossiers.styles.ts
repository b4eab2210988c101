import { css, unsafeCSS } from 'lit';
import { compactListStyles } from '../styles/cursor-list-styles.js';

// What the dossier list adds to the shared list look: its status colours and the card areas of a dossier.
/** At and below this width a card per row: its six columns (738 px with the box's padding) no longer fit side by side. */
const CARDS_AT = '47rem';

export const loanDossiersStyles = [
  compactListStyles(CARDS_AT),
  css`
  :host {
    --_list-height: var(--jrmc-dossiers-height, 28rem);
  }
  .status-refused {
    color: var(--_danger);
  }
  .status-accepted,
  .status-termination_sent {
    color: var(--_success);
  }

  @container (max-width: ${unsafeCSS(CARDS_AT)}) {
    /* Two equal columns: a long label ("Début nouvelle assurance") must not squeeze the name to nothing. */
    button.open {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        'primary status'
        'start created'
        'bank assignee';
    }
    .cell.created {
      grid-area: created;
      justify-self: end;
      text-align: right;
    }
    .cell.start {
      grid-area: start;
    }
    .cell.bank {
      grid-area: bank;
    }
    .cell.assignee {
      grid-area: assignee;
      justify-self: end;
      text-align: right;
    }
  }
`,
];
