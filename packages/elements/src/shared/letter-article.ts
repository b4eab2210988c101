import type { LetterText } from '@jrmc/core/letter-text';
import { html, type TemplateResult } from 'lit';

/**
 * A letter's text as core generates it for the server, laid out like the letter (sender, recipient, place and date,
 * subject, body, signature, attached files). Always French, whatever the interface's language: it is the letter that
 * leaves. Every string is rendered as text. Shared by the builder's review step and the borrower-insurance form.
 */
export function letterArticle(text: LetterText): TemplateResult {
  return html`<article lang="fr">
    <div class="sender">${text.sender.map((line) => html`<div>${line}</div>`)}</div>
    <div class="recipient">${text.recipient.map((line) => html`<div>${line}</div>`)}</div>
    <p class="place">${text.placeAndDate}</p>
    <p><strong>${text.subject}</strong></p>
    <p class="hint">${text.references}</p>
    <p>${text.salutation}</p>
    ${text.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    <p>${text.closing}</p>
    <div>${text.signature.map((line) => html`<div>${line}</div>`)}</div>
    ${text.attachments.map((line) => html`<p class="hint">${line}</p>`)}
  </article>`;
}
