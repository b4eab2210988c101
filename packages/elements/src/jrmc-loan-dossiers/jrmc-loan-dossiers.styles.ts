import { css } from 'lit';

// Columns shared by the headers row and every row, so they line up (dossier, bank, status, start, opened, handler).
export const loanDossiersStyles = css`
  :host {
    container-type: inline-size;
    --_columns: minmax(10rem, 2fr) minmax(6rem, 1fr) minmax(6rem, 1fr) 6.5rem 6.5rem minmax(6rem, 1fr);
  }
  .dossiers {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.2rem;
  }
  form.filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: flex-end;
    margin-bottom: 0.75rem;
  }
  form.filters .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.875rem;
    min-width: 0;
  }
  form.filters input,
  form.filters select {
    max-width: 100%;
  }
  .head,
  .row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.5rem;
    align-items: center;
  }
  .head {
    grid-template-columns: var(--_columns);
    padding: 0.35rem 0.5rem;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--_muted);
    border-top: 1px solid var(--_border);
  }
  .rows {
    height: var(--jrmc-dossiers-height, 28rem);
    overflow: auto;
    border-top: 1px solid var(--_border);
  }
  /* No dossier: no tall empty box under the empty message. */
  .rows.empty {
    height: auto;
  }
  .row {
    width: 100%;
    border-bottom: 1px solid var(--_surface-alt);
    padding: 0.35rem 0;
    min-height: 3rem;
  }
  button.open {
    min-width: 0;
    text-align: left;
    background: transparent;
    color: var(--_text);
    border: none;
    display: grid;
    grid-template-columns: var(--_columns);
    gap: 0.5rem;
    align-items: center;
    font-size: 0.875rem;
    padding: 0.35rem 0.5rem;
  }
  button.open:hover {
    background: var(--_surface-alt);
  }
  .cell {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .cell.dossier {
    display: flex;
    flex-direction: column;
  }
  .name {
    font-weight: 600;
  }
  .detail,
  .id {
    color: var(--_muted);
    font-size: 0.8rem;
  }
  /* Under the column headers the labels are for screen readers only. */
  .label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .status-refused {
    color: var(--_danger);
  }
  .status-accepted,
  .status-termination_sent {
    color: var(--_success);
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.45rem;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: 0.8rem;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: space-between;
    align-items: center;
    margin-top: 0.5rem;
    font-size: 0.875rem;
  }

  /* Compact cards in a narrow column (a CRM side panel, a phone). */
  @container (max-width: 520px) {
    .head {
      display: none;
    }
    .row {
      grid-template-columns: 1fr;
      gap: 0.25rem;
      padding: 0.5rem 0;
    }
    /* Two equal columns: a long label ("Début nouvelle assurance") must not squeeze the name to nothing. */
    button.open {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas:
        'dossier status'
        'start created'
        'bank assignee';
      gap: 0.2rem 0.75rem;
    }
    .cell.dossier {
      grid-area: dossier;
    }
    .cell.status {
      grid-area: status;
      justify-self: end;
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
    .cell:not(.dossier):not(.status) {
      font-size: 0.8rem;
      color: var(--_muted);
    }
    .cell:not(.dossier):not(.status) .label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
  }
`;
