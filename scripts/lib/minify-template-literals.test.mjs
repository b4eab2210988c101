// node --test scripts/lib/minify-template-literals.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssText, minifyHtmlText, minifyTemplateLiterals } from './minify-template-literals.mjs';

const transform = (code) => minifyTemplateLiterals().transform(code, 'x.js')?.code ?? code;

test('css: comments, indentation and spaces around punctuation go; descendant selectors and value lists stay', () => {
  assert.equal(minifyCssText('\n  /* why */\n  :host a :hover,\n  b > c {\n    margin: 0 auto;\n    content: \'\';\n  }\n'), ' :host a :hover,b > c{margin:0 auto;content:\'\'}');
});

test('css: quoted strings are text and stay as written; an apostrophe in a comment starts no string', () => {
  assert.equal(minifyCssText("\n  /* the element's label */\n  td::before {\n    content: attr(data-label) ' : ';\n  }\n"), " td::before{content:attr(data-label) ' : '}");
  assert.equal(minifyCssText('a { content: "x,  y /* not a comment */"; font-family: \'Segoe UI\', sans-serif; }'), 'a{content:"x,  y /* not a comment */";font-family:\'Segoe UI\',sans-serif}');
});

test('html: newline-bearing whitespace becomes one space, spaces between inline words stay', () => {
  assert.equal(minifyHtmlText('<p>\n    <b>a</b> <i>b</i>\n  </p>'), '<p> <b>a</b> <i>b</i> </p>');
});

test('expressions are untouched, a space between two css expressions is kept', () => {
  const code = 'const s = css`\n  a {\n    padding: ${x} ${y};\n  }\n`;\nconst t = html`<div>\n  ${html`<b>\n  x</b>`}\n</div>`;';
  assert.equal(transform(code), 'const s = css` a{padding:${x} ${y}}`;\nconst t = html`<div> ${html`<b> x</b>`} </div>`;');
});

test('html with <textarea> or <pre> is left as written; other tags and plain templates too', () => {
  const code = 'html`<textarea>\n  a\n</textarea>`; other`\n  x\n`; `\n  y\n`;';
  assert.equal(transform(code), code);
});
