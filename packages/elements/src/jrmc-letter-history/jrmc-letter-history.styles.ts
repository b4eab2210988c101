import { css, unsafeCSS } from 'lit';
import { compactListStyles } from '../styles/cursor-list-styles.js';

// What the history adds to the shared list look: an actions column wide enough for "Continuer" + "Mettre à la
// corbeille", the row actions, and the card areas of a letter.
/** At and below this width a card per row: its six columns and the 15rem actions column (986 px with the box's padding) no longer fit side by side. */
const CARDS_AT = '62rem';

export const historyStyles = [
  compactListStyles(CARDS_AT),
  css`
  :host {
    --_actions: 15rem;
    --_row-columns: 1fr var(--_actions);
    --_head-columns: var(--_columns) var(--_actions);
    --_list-height: var(--jrmc-history-height, 28rem);
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    justify-content: flex-end;
    align-items: center;
  }
  .row-actions button {
    padding: 0.2rem 0.5rem;
    font-size: 0.8rem;
  }
  .kept {
    color: var(--_muted);
    font-size: 0.8rem;
    padding: 0 0.5rem;
  }

  @container (max-width: ${unsafeCSS(CARDS_AT)}) {
    /* The name, recipient and id get the card's whole width (next to the status they were squeezed by the
       longest right-hand cell and broke mid-word); the four facts share two equal columns under the status. */
    button.open {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        'primary primary'
        'status status'
        'created sent'
        'service assignee';
    }
    .cell.status {
      justify-self: start;
    }
    .cell.created {
      grid-area: created;
    }
    .cell.sent {
      grid-area: sent;
      justify-self: end;
      text-align: right;
    }
    .cell.service {
      grid-area: service;
    }
    .cell.assignee {
      grid-area: assignee;
      justify-self: end;
      text-align: right;
    }
    .row-actions {
      justify-content: flex-start;
      padding: 0 0.5rem;
    }
  }
`,
];
