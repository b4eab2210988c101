import { css } from 'lit';

// What the dossier list adds to the shared list look: its status colours and the card areas of a dossier.
export const loanDossiersStyles = css`
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

  @container (max-width: 520px) {
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
`;
