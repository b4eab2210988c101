// "No French left" for English pages: every French message of the catalogues given (its fixed parts, parameters
// cut out) is looked for in what the user sees and hears, through every shadow root. The letter preview
// (`lang="fr"`) is excluded on purpose: the letter itself is French whatever the interface language.

type Catalogue = Readonly<Record<string, string>>;

const FRENCH_MONTHS = /\b(janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/i;

/** The texts a user meets in `root`: text nodes, and the labels read by assistive technologies. */
export function perceivedTexts(root: Node, out: string[] = []): string[] {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.textContent ?? '');
    } else if (node instanceof Element) {
      if (node.getAttribute('lang') === 'fr' || node.tagName === 'STYLE' || node.tagName === 'SCRIPT') continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      if (node.shadowRoot) perceivedTexts(node.shadowRoot, out);
      perceivedTexts(node, out);
    }
  }
  return out;
}

/** The French messages' fixed parts (≥ 6 characters) that differ from their English translation. */
function frenchFragments(pairs: readonly (readonly [Catalogue, Catalogue])[]): string[] {
  const fragments = new Set<string>();
  for (const [french, english] of pairs) {
    for (const [key, value] of Object.entries(french)) {
      if (value === english[key]) continue;
      for (const part of value.split(/\{[^}]+\}/)) {
        const fixed = part.trim();
        if (fixed.length >= 6 && !(english[key] ?? '').includes(fixed)) fragments.add(fixed);
      }
    }
  }
  return [...fragments];
}

/** What French remains in `element` as the user perceives it: message fragments and French month names. */
export function frenchLeftovers(element: Element, pairs: readonly (readonly [Catalogue, Catalogue])[]): string[] {
  const texts = perceivedTexts(element.shadowRoot ?? element).map((piece) => piece.replace(/\s+/g, ' ').trim());
  const text = texts.join(' ');
  // A one-word message ("Banque") counts only as a whole label: the same word inside data ("La Banque Postale",
  // a bank's name) is not interface French.
  const found = frenchFragments(pairs).filter((fragment) => (fragment.includes(' ') ? text.includes(fragment) : texts.includes(fragment)));
  const month = FRENCH_MONTHS.exec(text);
  return month ? [...found, month[0]] : found;
}
