// What "the site's own strings" are on a page, for the language test: every text of the chrome (header,
// navigation, sandbox panel, controls, headings, table headers, code tabs, demo notes) and the labels
// announced to screen readers — not the components' own content (they switch through their provider), not
// code, not a guide's text (an article of its own), not text marked as written in another language (JSDoc).

/** The chrome's texts and translated attributes of the page, one entry per text node, trimmed. */
export function chromeTexts(page) {
  return page.evaluate(() => {
    const containers = ['header.top', 'nav', '.panel', 'form.controls', '.side', 'main h1', 'main h2', 'main h3', 'main h4', 'main > p', '.api-tables th', '[role="tablist"]', 'button.copy', '.live > jrmc-provider > p', '.live form > button'];
    const rootLang = document.documentElement.lang;
    const texts = [];
    const seen = new Set();
    for (const container of document.querySelectorAll(containers.join(','))) {
      if (seen.has(container)) continue;
      seen.add(container);
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        // An option naming a language in that language ("français", "English"), and text marked as another language.
        if (parent.closest('[lang]') !== document.documentElement && parent.closest('[lang]')?.lang !== rootLang) continue;
        // The sandbox's time is a date Intl writes in the page's language, not a string of the site.
        if (parent.closest('[hidden], pre, code, article, .event-log, #sandbox-now, option[lang]')) continue;
        const text = node.textContent.replace(/\s+/g, ' ').trim();
        if (text) texts.push(text);
      }
    }
    for (const element of document.querySelectorAll('[aria-label], [data-i18n-label]')) {
      if (element.closest('[lang]') !== document.documentElement) continue;
      for (const name of ['aria-label', 'label']) if (element.getAttribute(name)) texts.push(element.getAttribute(name));
    }
    return texts;
  });
}

// Texts that are no language's: tags, package names, punctuation, product and framework names.
const NEUTRAL = /^(?:<[\w-]+>|@[\w/-]+|[·.:,;()]+|HTML|React|Vue|Angular|JRMC Kit)$/;

/** The texts that are neither a string of the site in `locale` (`known`) nor neutral: hard-coded or untranslated. */
export const untranslated = (texts, known) => texts.filter((text) => !known.has(text) && !NEUTRAL.test(text));

// Letters and words English never uses: a French string left in an English page shows at least one.
const FRENCH = /[éèêëàâçùûîïôœ’]|\b(?:le|la|les|des|du|une|et|au|aux|pour|avec|sur|dans|est|votre|vos)\b/i;

/** Whether an English page's text still looks French. */
export const frenchMarkers = (text) => FRENCH.test(text);
