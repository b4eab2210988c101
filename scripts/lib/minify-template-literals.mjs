// A rollup plugin that shrinks the static text of Lit's css`` and html`` templates in built JavaScript: esbuild
// minifies code but leaves template literals as written (indentation, newlines, CSS comments), which every page
// then downloads. The rewrite only touches what the browser ignores:
//   css  — comments dropped, whitespace runs collapsed, spaces around { } ; , and after : removed;
//   html — whitespace runs that contain a newline become one space (HTML collapses them the same way),
//          except inside <pre> and <textarea>, where whitespace is content.
// Expressions (`${…}`) are never touched; spans are edited with magic-string so source maps stay exact.
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

// A CSS comment, or a quoted string (kept as written: `content: ' : '` is text the user reads).
const CSS_COMMENT_OR_STRING = /\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;

/** The CSS text of one template span, minified (a lone space between two expressions stays). */
export function minifyCssText(text) {
  // Comments and strings are found in one left-to-right pass, so an apostrophe in a comment starts no string and a
  // "/*" in a string starts no comment; the code around them is minified, comments dropped, strings kept.
  let result = '';
  let code = '';
  let position = 0;
  for (const match of text.matchAll(CSS_COMMENT_OR_STRING)) {
    code += text.slice(position, match.index);
    position = match.index + match[0].length;
    if (match[0].startsWith('/*')) continue;
    result += minifyCssCode(code) + match[0];
    code = '';
  }
  return result + minifyCssCode(code + text.slice(position));
}

/** CSS without comments or strings: whitespace runs collapsed, spaces around { } ; , and after : removed. */
function minifyCssCode(code) {
  return code
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** The HTML text of one template span, with newline-bearing whitespace collapsed to one space. */
export function minifyHtmlText(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ');
}

const PRESERVING = /<(pre|textarea)\b/i;

function templateSpans(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [template];
  return [template.head, ...template.templateSpans.map((span) => span.literal)];
}

export function minifyTemplateLiterals() {
  return {
    name: 'minify-template-literals',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      const magic = new MagicString(code);
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const isCss = node.tag.text === 'css';
          const spans = templateSpans(node.template);
          const whole = spans.map((span) => span.getText(source)).join('');
          if (isCss || !PRESERVING.test(whole)) {
            for (const span of spans) {
              // The raw text between the backtick/`}` and the `${`/backtick that delimit this span.
              const start = span.getStart(source) + 1;
              const end = span.getEnd() - (span.kind === ts.SyntaxKind.TemplateHead || span.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
              const raw = code.slice(start, end);
              const minified = isCss ? minifyCssText(raw) : minifyHtmlText(raw);
              if (minified === raw) continue;
              if (minified === '') magic.remove(start, end);
              else magic.overwrite(start, end, minified);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!magic.hasChanged()) return null;
      return { code: magic.toString(), map: magic.generateMap({ hires: true, source: id }) };
    },
  };
}
