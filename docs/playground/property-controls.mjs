// A control per settable property of a component (the properties without an attribute, as listed by
// scripts/lib/element-manifest.mjs — the same ones the React wrappers expose as props), chosen from its
// manifest type: a checkbox for booleans, a number field, a list for string literals, a text field for strings,
// and a JSON text area (validated before it is applied) for objects and arrays. property-controls.js applies them.
import { escapeHtml, t } from './i18n.mjs';

// Values JSON cannot write (a function, a client instance, a Set, a file): the page says to set them from code.
const CODE_ONLY = /=>|\b(?:Readonly|Weak)?(?:Set|Map)\b|\b(?:File|Blob|Element|HTMLElement|JrmcClient|Promise)\b/;

// `A | { b: 'x' | 'y' } | null` → ['A', "{ b: 'x' | 'y' }", 'null']: only the union's own bars split it.
function unionMembers(type) {
  const members = [];
  let depth = 0;
  let current = '';
  for (const char of type) {
    if ('({[<'.includes(char)) depth += 1;
    else if (')}]>'.includes(char) && depth > 0) depth -= 1;
    if (char === '|' && depth === 0) {
      members.push(current.trim());
      current = '';
    } else current += char;
  }
  return [...members, current.trim()].filter(Boolean);
}

/** What kind of control a manifest type gets, and whether `null` is allowed. */
export function propertyKind(typeText) {
  const type = String(typeText ?? 'unknown').trim();
  const parts = unionMembers(type);
  const nullable = parts.includes('null') || parts.includes('undefined');
  const rest = parts.filter((part) => part !== 'null' && part !== 'undefined').join(' | ');
  if (CODE_ONLY.test(type)) return { kind: 'code', nullable };
  if (rest === 'boolean') return { kind: 'boolean', nullable };
  if (rest === 'number') return { kind: 'number', nullable };
  if (rest === 'string') return { kind: 'string', nullable };
  const literals = unionMembers(rest);
  if (literals.length > 1 && literals.every((part) => /^'[^']*'$/.test(part))) return { kind: 'choice', nullable, values: literals.map((part) => part.slice(1, -1)) };
  const shape = /\[\]$|^readonly\s.*\[\]$|^(?:Readonly)?Array</.test(rest) ? 'array' : 'object';
  return { kind: 'json', nullable, shape };
}

/** The markup of one property's control. */
export function propertyControl(property) {
  const { kind, nullable, values, shape } = propertyKind(property.type);
  const id = `prop-${property.name}`;
  const data = ` data-property="${escapeHtml(property.name)}" data-kind="${kind}"${nullable ? ' data-nullable' : ''}`;
  const label = `<label for="${id}"><code>${escapeHtml(property.name)}</code></label><code class="type">${escapeHtml(property.type)}</code>`;
  if (kind === 'code') return `<div class="control"><span class="label"><code>${escapeHtml(property.name)}</code></span><code class="type">${escapeHtml(property.type)}</code>${t('page.controls.code-only', 'p', ' class="hint"')}</div>`;
  if (kind === 'boolean') return `<div class="control control-inline"><input type="checkbox" id="${id}"${data}>${label}</div>`;
  if (kind === 'number') return `<div class="control">${label}<input type="number" id="${id}"${data}></div>`;
  if (kind === 'choice') {
    const empty = nullable ? `<option value="">null</option>` : '';
    return `<div class="control">${label}<select id="${id}"${data}>${empty}${values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`).join('')}</select></div>`;
  }
  if (kind === 'string') return `<div class="control">${label}<input type="text" id="${id}"${data}></div>`;
  return `<div class="control control-json">${label}
<textarea id="${id}"${data} data-shape="${shape}" rows="4" spellcheck="false" autocomplete="off" aria-describedby="${id}-hint ${id}-error"></textarea>
${t('page.controls.json-hint', 'p', ` class="hint" id="${id}-hint"`)}
<div class="json-actions"><button type="button" data-apply="${escapeHtml(property.name)}">${t('page.controls.apply')}</button><span class="applied" id="${id}-status" role="status"></span></div>
<p class="error" id="${id}-error" role="alert" hidden></p>
</div>`;
}
