import { css } from 'lit';

export const pickerStyles = css`
  /* Everything shows inside the calendar box, which paints its own surface: a host stretched by the page's layout
     (a flex or grid row) must not show a second, taller panel under it. */
  /* max-width: an inline-block host is as wide as its 20rem calendar, which overflowed a narrower column (a phone). */
  :host {
    display: inline-block;
    max-width: 100%;
    background: var(--jrmc-host-background, transparent);
  }
  .label {
    font-weight: 600;
    margin-bottom: 0.35rem;
  }
  /* A fixed width: the box must not jump as months with longer names or six weeks come and go. */
  .calendar {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    width: var(--jrmc-picker-width, 20rem);
    max-width: 100%;
  }
  .caption {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .caption h2 {
    flex: 1;
    text-align: center;
    font-size: 1rem;
    margin: 0;
    text-transform: capitalize;
  }
  .caption button {
    padding: 0.2rem 0.6rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    table-layout: fixed;
  }
  th {
    font-size: 0.8rem;
    color: var(--_muted);
    font-weight: 600;
    padding: 0.25rem 0;
  }
  td {
    text-align: center;
    padding: 0.3rem 0;
    border-radius: var(--_radius);
    cursor: pointer;
    min-width: 2.2rem;
  }
  td[aria-disabled='true'],
  .swatch.closed {
    color: var(--_muted);
    text-decoration: line-through;
    cursor: not-allowed;
  }
  /* Each kind of closed day looks a little different, matching its line in the legend. */
  .kind-holiday {
    outline: 1px dotted var(--_muted);
    outline-offset: -3px;
  }
  .kind-notWorkingDay {
    background: repeating-linear-gradient(135deg, transparent 0 4px, var(--_surface-alt) 4px 8px);
  }
  .kind-unreachable,
  .kind-tooSoon {
    text-decoration-style: wavy;
  }
  .kind-tooFarAhead {
    text-decoration-style: dotted;
  }
  /* The chosen day and its legend swatch: one rule, so they cannot drift apart. */
  td[aria-selected='true'],
  .swatch.selected {
    background: var(--_accent);
    color: var(--_accent-text);
    text-decoration: none;
  }
  td.today {
    font-weight: 700;
  }
  td:hover:not([aria-disabled='true']) {
    background: var(--_surface-alt);
  }
  td[aria-selected='true']:hover {
    background: var(--_accent);
  }
  .status {
    margin-top: 0.5rem;
    min-height: 2.8em;
    font-size: 0.875rem;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    font-size: 0.8rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  .legend .hint {
    margin: 0.35rem 0 0;
    font-size: 0.8rem;
  }
  .swatch {
    display: inline-block;
    width: 1.5rem;
    text-align: center;
    border-radius: var(--_radius);
    font-size: 0.75rem;
  }
  .swatch.available {
    border: 1px solid var(--_border);
  }
`;
