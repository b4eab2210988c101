// A guide's page body in both languages. The French text (docs/guides/fr/<slug>.md) is the default and shows
// at once; the English one (docs/guides/<slug>.md, or the sandbox's README) is in the same page, hidden, and
// shown instead when the site is switched to English (site-locale.js before the first paint, then
// site-controls.js). A guide with no French file yet shows its English text to everyone, with the note
// "ce guide est rédigé en anglais" in French (hidden in English).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Marked } from 'marked';
import { highlight } from './highlight.mjs';
import { t } from './i18n.mjs';

/** The Markdown sources of a guide: English (always) and French (when written). */
export function guideSources(root, slug) {
  return {
    en: slug === 'sandbox' ? join(root, 'packages/sandbox/README.md') : join(root, 'docs/guides', `${slug}.md`),
    fr: join(root, 'docs/guides/fr', `${slug}.md`),
  };
}

const LANGUAGES = { js: 'js', javascript: 'js', ts: 'ts', typescript: 'ts', tsx: 'tsx', jsx: 'tsx', html: 'html', vue: 'vue', sh: 'sh', bash: 'sh', json: 'json', css: 'css' };

/**
 * A renderer of the guides of `root` (`slugs`: every guide of the site). A link to another guide's Markdown
 * (either language) points at its page; a link to another file of the repository is handed to
 * `copyRepositoryFile(absolutePath)` (the build copies it under source/) and points at that copy.
 */
export function createGuideRenderer({ root, slugs, copyRepositoryFile }) {
  const pageOfFile = new Map(slugs.flatMap((slug) => Object.values(guideSources(root, slug)).map((file) => [file, `${slug}.html`])));
  let linkingFrom = '';
  function siteLinkOf(href) {
    if (/^(?:[a-z]+:|#|\/)/i.test(href) || href.endsWith('.html') || href.endsWith('.json')) return href;
    const [path, fragment] = href.split('#');
    const file = resolve(dirname(linkingFrom), decodeURIComponent(path));
    if (pageOfFile.has(file)) return pageOfFile.get(file) + (fragment ? `#${fragment}` : '');
    if (!file.startsWith(root) || !existsSync(file)) throw new Error(`${relative(root, linkingFrom)}: the link ${href} leads to no file of the repository`);
    copyRepositoryFile(file);
    return `../source/${relative(root, file).split('\\').join('/')}${fragment ? `#${fragment}` : ''}`;
  }
  // Guides' code blocks are highlighted by Shiki too (unknown languages stay plain text).
  const marked = new Marked({
    walkTokens(token) {
      if (token.type === 'link') token.href = siteLinkOf(token.href);
    },
    renderer: {
      code({ text, lang }) {
        const language = LANGUAGES[lang ?? ''];
        return language ? highlight(text, language) : false;
      },
    },
  });
  const render = (file) => {
    linkingFrom = file;
    return marked.parse(readFileSync(file, 'utf8'));
  };

  /** The page body of a guide, and which languages it is written in. */
  return function renderGuide(slug) {
    const sources = guideSources(root, slug);
    const english = render(sources.en);
    if (!existsSync(sources.fr)) {
      return { languages: ['en'], body: `${t('guide.in-english', 'p', ' class="hint"')}<article lang="en">${english}</article>` };
    }
    return {
      languages: ['fr', 'en'],
      body: `<article lang="fr" data-guide-lang="fr">${render(sources.fr)}</article>\n<article lang="en" data-guide-lang="en" hidden>${english}</article>`,
    };
  };
}

/** The fenced code blocks of a Markdown text, in order (`lang` and text): a translation must keep them identical. */
export function fencedCodeBlocks(markdown) {
  const blocks = [];
  const marked = new Marked();
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'code') blocks.push({ lang: token.lang ?? '', text: token.text });
  });
  return blocks;
}
