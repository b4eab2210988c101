// The "Use it" code of a component page, in HTML, React, Vue and Angular, written from custom-elements.json
// (through scripts/lib/element-manifest.mjs) so a new element gets its snippets by build.
const pascal = (tag) => tag.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

// The event a snippet listens to: the element's own (jrmc-letter-scheduled over jrmc-error), if any.
const PREFERRED = ['jrmc-letter-scheduled', 'change'];
const mainEvent = (element) => element.events.find((event) => PREFERRED.includes(event.name)) ?? element.events.find((event) => event.name !== 'jrmc-error') ?? element.events[0];

export function snippetsFor(element) {
  const { tagName: tag, className } = element;
  const event = mainEvent(element);
  const isProvider = tag === 'jrmc-provider';
  const inner = (text) => (isProvider ? '' : text);
  // The page imports only what it shows: the provider's and this element's entry points.
  const imports = (indent) => ['jrmc-provider', ...(isProvider ? [] : [tag])].map((name) => `${indent}import '@jrmc/elements/${name}';`).join('\n');
  const html = `<script type="module">
${imports('  ')}
${event ? `  document.querySelector('${tag}').addEventListener('${event.name}', (event) => console.log(event.detail));\n` : ''}</script>

<jrmc-provider base-url="https://api.jrmc.fr" session-url="/jrmc/session">
${inner(`  <${tag}></${tag}>\n`)}</jrmc-provider>`;
  const react = `import { JrmcProvider${isProvider ? '' : `, ${className}`} } from '@jrmc/react';

export function Page() {
  return (
    <JrmcProvider baseUrl="https://api.jrmc.fr" sessionUrl="/jrmc/session"${isProvider && event ? ` ${event.callback}={(event) => console.log(event.detail)}` : ''}>
${inner(`      <${className}${event ? ` ${event.callback}={(event) => console.log(event.detail)}` : ''} />\n`)}    </JrmcProvider>
  );
}`;
  const handler = event ? `on${pascal(event.name.replace(/^jrmc-/, ''))}` : '';
  const vue = `<script setup lang="ts">
${imports('')}
${event ? `${event.type !== 'Event' ? `import type { ${event.type} } from '@jrmc/elements';\n` : ''}const ${handler} = (event: ${event.type}) => console.log(${event.type === 'Event' ? 'event' : 'event.detail'});\n` : ''}</script>

<template>
  <jrmc-provider base-url="https://api.jrmc.fr" session-url="/jrmc/session"${isProvider && event ? ` @${event.name}="${handler}"` : ''}>
${inner(`    <${tag}${event ? ` @${event.name}="${handler}"` : ''} />\n`)}  </jrmc-provider>
</template>`;
  const angular = `import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
${imports('')}

@Component({
  selector: 'app-${tag.replace(/^jrmc-/, '')}',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <jrmc-provider base-url="https://api.jrmc.fr" session-url="/jrmc/session"${isProvider && event ? ` (${event.name})="log($event)"` : ''}>
${inner(`      <${tag}${event ? ` (${event.name})="log($event)"` : ''}></${tag}>\n`)}    </jrmc-provider>\`,
})
export class ${pascal(tag.replace(/^jrmc-/, ''))}Component {
  log(event: Event): void {
    console.log((event as CustomEvent).detail);
  }
}`;
  return [
    ['html', 'HTML', html],
    ['tsx', 'React', react],
    ['vue', 'Vue', vue],
    ['ts', 'Angular', angular],
  ];
}

export { camel };
