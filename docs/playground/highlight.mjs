// Code highlighting at build time with Shiki: one light and one dark theme in the same HTML (CSS variables),
// switched with the site's theme; the page ships no highlighter.
import { createHighlighter } from 'shiki';

const highlighter = await createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['html', 'tsx', 'vue', 'ts', 'js', 'sh', 'json', 'css'] });

export function highlight(code, lang) {
  return highlighter.codeToHtml(code, { lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
}
