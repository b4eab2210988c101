// Generates the framework bindings of @jrmc/elements from its custom-elements.json, at build time:
//   packages/react/src/generated/<tag>.ts      one @lit/react wrapper per element, typed callbacks (onLetterScheduled…)
//   packages/react/src/generated/index.ts      re-exports every wrapper
//   packages/react/src/generated/jsx-types.ts  React 19 `JSX.IntrinsicElements` for the raw tags
//   packages/elements/types/tag-names.d.ts     `HTMLElementTagNameMap` entries
//   packages/elements/types/vue.d.ts           Vue `GlobalComponents` for templates (vue-tsc, Volar)
// The outputs are not committed: a new element gets its wrapper and types by the next build.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventTypeImports, readElements } from './lib/element-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reactDir = `${root}packages/react/src/generated`;
const typesDir = `${root}packages/elements/types`;
const HEADER = '// Generated from @jrmc/elements/custom-elements.json by scripts/generate-framework-bindings.mjs. Do not edit.\n';

const elements = readElements();
if (elements.length === 0) throw new Error('custom-elements.json lists no element: run `pnpm --filter @jrmc/elements run manifest` first.');

rmSync(reactDir, { recursive: true, force: true });
mkdirSync(reactDir, { recursive: true });
mkdirSync(typesDir, { recursive: true });

const componentNameOf = (element) => element.className; // JrmcLetterBuilder: the React component, named as the element class
const elementAlias = (element) => `${element.className}Element`;
const doc = (text, indent = '') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '');

// The fields a framework may set: each attribute's field and the documented writable properties.
const fieldsOf = (element) => [...element.attributes.map((attribute) => attribute.field), ...element.properties.map((property) => property.name)];

function reactWrapper(element) {
  const eventTypes = eventTypeImports(element);
  const imports = [`${element.className} as ${elementAlias(element)}`, ...eventTypes.map((type) => `type ${type}`)].join(', ');
  const events = element.events.map((event) => `    ${doc(event.description).trimEnd() ? `${doc(event.description, '    ').trimStart()}    ` : ''}${event.callback}: '${event.name}' as EventName<${event.type}>,\n`).join('');
  return `${HEADER}import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ${imports} } from '@jrmc/elements';
import { defineElement } from '../define-element.js';

defineElement('${element.tagName}', ${elementAlias(element)});

${doc(element.description)}export const ${componentNameOf(element)} = createComponent({
  react: React,
  tagName: '${element.tagName}',
  elementClass: ${elementAlias(element)},
  displayName: '${componentNameOf(element)}',
  events: {
${events}  },
});
`;
}

function reactIndex() {
  return `${HEADER}${elements.map((element) => `export { ${componentNameOf(element)} } from './${element.tagName}.js';\n`).join('')}`;
}

// Props of a raw tag: its fields (set as properties by React 19 / Vue), its attributes by their HTML name,
// and its events.
function rawProps(element, listenerName) {
  const lines = [];
  for (const field of fieldsOf(element)) lines.push(`    ${field}?: ${elementAlias(element)}['${field}'];`);
  for (const attribute of element.attributes) if (attribute.name !== attribute.field) lines.push(`    '${attribute.name}'?: ${elementAlias(element)}['${attribute.field}'] | string;`);
  for (const event of element.events) lines.push(`    ${doc(event.description).trimEnd() ? `${doc(event.description, '    ').trimStart()}    ` : ''}'${listenerName(event)}'?: (event: ${event.type}) => void;`);
  return lines.join('\n');
}

function elementImports(extra = []) {
  const names = new Set(extra);
  for (const element of elements) {
    names.add(`${element.className} as ${elementAlias(element)}`);
    for (const type of eventTypeImports(element)) names.add(type);
  }
  return `import type { ${[...names].join(', ')} } from '@jrmc/elements';\n`;
}

// React 19 listens to `on<event-name>` on a custom element, the event name verbatim.
function reactJsxTypes() {
  const entries = elements.map((element) => `      '${element.tagName}': React.DetailedHTMLProps<React.HTMLAttributes<${elementAlias(element)}>, ${elementAlias(element)}> & {\n${rawProps(element, (event) => `on${event.name}`).replace(/^ {4}/gm, '        ')}\n      };`).join('\n');
  return `${HEADER}import type * as React from 'react';
${elementImports()}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}
`;
}

function tagNameMap() {
  return `${HEADER}${elementImports()}
declare global {
  interface HTMLElementTagNameMap {
${elements.map((element) => `    '${element.tagName}': ${elementAlias(element)};`).join('\n')}
  }
}
`;
}

// Vue compiles \`@jrmc-letter-scheduled\` into the prop \`onJrmcLetterScheduled\`.
function vueTypes() {
  const entries = elements.map((element) => `    '${element.tagName}': DefineComponent<{\n${rawProps(element, (event) => event.vueListener).replace(/^ {4}/gm, '      ')}\n    }>;`).join('\n');
  return `${HEADER}import type { DefineComponent } from 'vue';
${elementImports()}import './tag-names.js';

declare module 'vue' {
  interface GlobalComponents {
${entries}
  }
}
`;
}

for (const element of elements) writeFileSync(`${reactDir}/${element.tagName}.ts`, reactWrapper(element));
writeFileSync(`${reactDir}/index.ts`, reactIndex());
writeFileSync(`${reactDir}/jsx-types.ts`, reactJsxTypes());
writeFileSync(`${typesDir}/tag-names.d.ts`, tagNameMap());
writeFileSync(`${typesDir}/vue.d.ts`, vueTypes());
console.log(`Framework bindings generated for ${elements.length} elements.`);
