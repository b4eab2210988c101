import { ContextRoot } from '@lit/context';

const ROOT_ATTACHED = Symbol.for('jrmc.context-root');

/**
 * Makes sure the document has a `ContextRoot`; every element's `define.ts` calls it before registering.
 *
 * Why: an element asks for its `<jrmc-provider>`'s context when it connects. With per-element entry points,
 * or a bundler that splits code (esbuild runs shared chunks — the date picker the builder also uses — before
 * the entry), an element can be defined and connected while `<jrmc-provider>` is still an unknown tag; its
 * request would then go unanswered for good (no client, no locale). The root holds such requests and replays
 * them when a provider connects. One root per document, even with two copies of the kit on the page.
 * (The `customElements.define` calls stay literal in each `define.ts`: the manifest analyzer reads tag names there.)
 */
export function attachContextRoot(): void {
  const scope = globalThis as { [ROOT_ATTACHED]?: true };
  if (typeof document === 'undefined' || scope[ROOT_ATTACHED]) return;
  new ContextRoot().attach(document.documentElement);
  scope[ROOT_ATTACHED] = true;
}
