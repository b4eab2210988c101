import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The look shared by the long lists drawn by `CursorListController` (`<jrmc-letter-history>`, `<jrmc-loan-dossiers>`):
 * the box, the filters form, the column headers, the scrolling rows, the cells with their screen-reader labels, the
 * footer; `compactListStyles` adds the card layout for a column too narrow for them. Each element sets its own columns and card areas:
 * `--_columns` (the cells inside a row's button), `--_row-columns` and `--_head-columns` (a row with its actions, the
 * headers), `--_list-height` (the scroller), and names its main cell `.cell.primary`.
 */
export const cursorListStyles = css`
  :host {
    container-type: inline-size;
    --_columns: minmax(10rem, 2fr) minmax(6rem, 1fr) minmax(6rem, 1fr) 6.5rem 6.5rem minmax(6rem, 1fr);
  }
  .box {
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
    grid-template-columns: var(--_row-columns, 1fr);
    gap: 0.5rem;
    align-items: center;
  }
  .head {
    grid-template-columns: var(--_head-columns, var(--_columns));
    padding: 0.35rem 0.5rem;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--_muted);
    border-top: 1px solid var(--_border);
  }
  .rows {
    height: var(--_list-height, 28rem);
    overflow: auto;
    border-top: 1px solid var(--_border);
  }
  /* A fixed-height scroller: what changes inside (rows drawn as it scrolls) never lays out the page around it. */
  .rows:not(.empty) {
    contain: strict;
  }
  /* Nothing to list: no tall empty box under the empty message. */
  .rows.empty {
    height: auto;
  }
  .row {
    box-sizing: border-box;
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
  .cell.primary {
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
`;

/**
 * The compact card layout of a list (a CRM side panel, a phone), at and below `maxWidth`: the width under which the
 * element's columns no longer fit side by side. Each element passes its own — the history's actions column makes
 * it wider than the dossier list — and uses the same value for its card areas.
 */
export function compactListStyles(maxWidth: string): CSSResult {
  return css`
  @container (max-width: ${unsafeCSS(maxWidth)}) {
    .head {
      display: none;
    }
    .row {
      grid-template-columns: 1fr;
      gap: 0.25rem;
      padding: 0.5rem 0;
    }
    button.open {
      gap: 0.2rem 0.75rem;
    }
    .cell.primary {
      grid-area: primary;
    }
    .cell.status {
      grid-area: status;
      justify-self: end;
    }
    .cell:not(.primary):not(.status) {
      font-size: 0.8rem;
      color: var(--_muted);
    }
    .cell:not(.primary):not(.status) .label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
  }
  `;
}
