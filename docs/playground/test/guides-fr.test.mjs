// The guides in French: every English guide has its French text with the very same code, and a guide's page
// holds both languages (French shown, English hidden until the site is switched), or the English text with
// its note when no French file exists yet.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createGuideRenderer, fencedCodeBlocks, guideSources } from '../guide-pages.mjs';
import { GUIDES, layout } from '../pages.mjs';
import { siteString } from '../site-strings.js';

const root = join(import.meta.dirname, '..', '..', '..');
const slugs = GUIDES.map(([slug]) => slug);
const read = (file) => readFileSync(file, 'utf8');

describe('the French guides', () => {
  it('the site lists every guide of docs/guides (and the sandbox README)', () => {
    const files = readdirSync(join(root, 'docs/guides')).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3));
    assert.deepEqual([...files, 'sandbox'].sort(), [...slugs].sort());
  });

  for (const slug of slugs) {
    it(`${slug}: has a French text whose fenced code blocks are the English ones, in order`, () => {
      const { en, fr } = guideSources(root, slug);
      let french;
      try {
        french = read(fr);
      } catch {
        assert.fail(`${slug} has no French text: write docs/guides/fr/${slug}.md`);
      }
      const english = fencedCodeBlocks(read(en));
      assert.ok(english.length > 0 || slug === 'accessibility' || slug === 'localization' || slug === 'rules', `${slug}: the English guide's code blocks were read`);
      assert.deepEqual(fencedCodeBlocks(french), english);
      assert.notEqual(french, read(en), `${slug}: the French file is not a copy of the English one`);
    });
  }

  it('code blocks are compared as written: a changed line, a changed language or a missing block differ', () => {
    const guide = 'Texte.\n\n```js\nconst a = 1;\n```\n\n- item\n\n  ```sh\n  pnpm add x\n  ```\n';
    assert.deepEqual(fencedCodeBlocks(guide), [{ lang: 'js', text: 'const a = 1;' }, { lang: 'sh', text: 'pnpm add x' }]);
    assert.notDeepEqual(fencedCodeBlocks(guide.replace('a = 1', 'a = 2')), fencedCodeBlocks(guide));
    assert.notDeepEqual(fencedCodeBlocks(guide.replace('```js', '```ts')), fencedCodeBlocks(guide));
    assert.notDeepEqual(fencedCodeBlocks(guide.replace(/```sh[\s\S]*$/, '')), fencedCodeBlocks(guide));
  });
});

describe('a guide page', () => {
  const copied = [];
  const renderGuide = createGuideRenderer({ root, slugs, copyRepositoryFile: (file) => copied.push(file) });

  it('holds the French text shown and the English text hidden, each marked with its language, and no "in English" note', () => {
    for (const slug of slugs) {
      const { languages, body } = renderGuide(slug);
      assert.deepEqual(languages, ['fr', 'en'], slug);
      const articles = [...body.matchAll(/<article([^>]*)>/g)].map((match) => match[1].trim());
      assert.deepEqual(articles, ['lang="fr" data-guide-lang="fr"', 'lang="en" data-guide-lang="en" hidden'], slug);
      assert.ok(!body.includes('data-i18n="guide.in-english"'), `${slug}: no "this guide is in English" note`);
      const page = layout({ title: siteString(`guide.${slug}`), titleKey: `guide.${slug}`, body, depth: 1, nav: () => '' });
      assert.match(page, /<html lang="fr">/);
      assert.ok(page.includes(`<title data-i18n-page-title="guide.${slug}">${siteString(`guide.${slug}`)} · JRMC Kit</title>`), `${slug}: its title follows the switch`);
      // The reader's language is set before the body is parsed (no flash of the French text for an English reader).
      assert.ok(page.indexOf('assets/site-locale.js"></script>') < page.indexOf('<body>'), `${slug}: site-locale.js runs in <head>`);
    }
  });

  it('renders each language from its own file: French words in the French article, English in the English one', () => {
    const { body } = renderGuide('getting-started');
    const [french, english] = body.split('<article lang="en"');
    assert.match(french, /\b(?:vous|votre|le|la|les)\b/);
    assert.match(english, /\b(?:you|your|the)\b/);
    assert.doesNotMatch(english, /\bvotre\b/);
  });

  it('links a French guide to the other guides’ pages and to the repository’s files as the English one does', () => {
    const { body } = renderGuide('frameworks');
    const [french, english] = body.split('<article lang="en"');
    const links = (html) => [...html.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(links(french), links(english));
    assert.ok(links(french).includes('../source/examples/angular/src/send-date-picker-value-accessor.ts'));
    assert.ok(copied.includes(join(root, 'examples/angular/src/send-date-picker-value-accessor.ts')));
  });

  it('falls back to the English text, with the French note, when a guide has no French file', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'jrmc-guides-'));
    mkdirSync(join(scratch, 'docs/guides/fr'), { recursive: true });
    writeFileSync(join(scratch, 'docs/guides/only-english.md'), '# Only English\n\nSee [the other guide](both.md).\n');
    writeFileSync(join(scratch, 'docs/guides/both.md'), '# Both\n\nText.\n');
    writeFileSync(join(scratch, 'docs/guides/fr/both.md'), '# Les deux\n\nTexte.\n');
    const render = createGuideRenderer({ root: scratch, slugs: ['only-english', 'both'], copyRepositoryFile: () => assert.fail('no file to copy') });
    const fallback = render('only-english');
    assert.deepEqual(fallback.languages, ['en']);
    assert.equal(fallback.body, `<p class="hint" data-i18n="guide.in-english">${siteString('guide.in-english')}</p><article lang="en"><h1>Only English</h1>\n<p>See <a href="both.html">the other guide</a>.</p>\n</article>`);
    const both = render('both');
    assert.match(both.body, /^<article lang="fr" data-guide-lang="fr"><h1>Les deux<\/h1>/);
    assert.match(both.body, /<article lang="en" data-guide-lang="en" hidden><h1>Both<\/h1>/);
  });

  it('refuses a link to no file of the repository (in either language)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'jrmc-guides-'));
    mkdirSync(join(scratch, 'docs/guides/fr'), { recursive: true });
    writeFileSync(join(scratch, 'docs/guides/a.md'), '# A\n');
    writeFileSync(join(scratch, 'docs/guides/fr/a.md'), '# A\n\n[exemple](../../missing.ts)\n');
    const render = createGuideRenderer({ root: scratch, slugs: ['a'], copyRepositoryFile: () => {} });
    assert.throws(() => render('a'), /docs\/guides\/fr\/a\.md: the link \.\.\/\.\.\/missing\.ts leads to no file/);
  });
});
