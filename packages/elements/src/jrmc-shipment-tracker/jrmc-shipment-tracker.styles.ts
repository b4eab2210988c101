import { css } from 'lit';

export const trackerStyles = css`
  /* The width on the host, which paints the surface: no empty painted band beside the box on a wide page. */
  :host {
    max-width: 40rem;
    container: tracker / inline-size;
  }
  .tracker {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  ol.timeline {
    list-style: none;
    padding: 0 0 0 1rem;
    border-left: 2px solid var(--_border);
  }
  ol.timeline li {
    margin: 0 0 0.6rem;
    position: relative;
  }
  ol.timeline li::before {
    content: '';
    position: absolute;
    left: -1.4rem;
    top: 0.35rem;
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    background: var(--_accent);
  }
  .when {
    display: block;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.2rem;
    overflow-wrap: anywhere;
  }
  .status {
    font-weight: 700;
  }
  fieldset.reschedule {
    display: grid;
    gap: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
    grid-template-columns: minmax(0, 1fr);
  }
  /* On a phone the date picker needs the whole width: the reschedule form drops its frame, the box narrows its padding. */
  @container tracker (max-width: 26rem) {
    .tracker {
      padding: 0.5rem;
    }
    fieldset.reschedule {
      border: 0;
      padding: 0;
      margin: 0;
    }
  }
  fieldset.reschedule .hint {
    margin: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .quote {
    margin: 0;
    font-weight: 600;
  }
  fieldset.reschedule button.reschedule {
    justify-self: start;
  }
  .actions {
    display: grid;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  /* The cancel hint sits right above its button, which keeps its own width. */
  .actions > p {
    margin: 0;
  }
  .actions > button {
    justify-self: start;
  }
  ul.proofs {
    list-style: none;
    padding: 0;
  }
  ul.proofs button {
    background: none;
    border: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.15rem 0;
    text-align: start;
  }
  /* The investigation message: its label above a field as wide as the box. */
  form.investigation {
    display: grid;
    gap: 0.4rem;
    justify-items: start;
  }
  form.investigation .hint {
    margin: 0;
  }
  form.investigation textarea {
    justify-self: stretch;
  }
  /* The investigation: the message sent, then La Poste's answer set apart so it is read first. */
  .investigation-result {
    border-left: 3px solid var(--_border);
    padding: 0.25rem 0 0.25rem 0.75rem;
    margin: 0.75rem 0;
  }
  .investigation-result.closed {
    border-left-color: var(--_accent);
    background: var(--_surface-alt);
  }
  .investigation-result[data-outcome='lost'] {
    border-left-color: var(--_warning);
  }
  .investigation-result blockquote {
    margin: 0.25rem 0;
    padding-left: 0.75rem;
    border-left: 2px solid var(--_border);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .investigation-result p {
    margin: 0.25rem 0;
  }
`;
