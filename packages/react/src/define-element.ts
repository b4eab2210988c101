/**
 * Registers a tag in the browser, once. On a server (Next.js app router, react-dom/server) there is no
 * registry: nothing happens, and the wrapper renders the plain tag for the browser to upgrade.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  if (typeof window === 'undefined' || !registry || registry.get(tagName)) return;
  registry.define(tagName, elementClass);
}
