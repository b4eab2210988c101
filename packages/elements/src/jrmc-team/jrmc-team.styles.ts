import { css } from 'lit';

/** What the team adds to the shared panel: profiles become cards on a phone. */
export const teamStyles = css`
  /* Phones: each profile becomes a card, every value under its column name. */
  @media (max-width: 40rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table,
    caption,
    tbody,
    tr,
    td {
      display: block;
    }
    tr {
      border-bottom: 1px solid var(--_border);
      padding: 0.5rem 0;
    }
    td {
      border: none;
      padding: 0.15rem 0;
    }
    td::before {
      content: attr(data-label) ' : ';
      font-weight: 600;
    }
  }
`;
