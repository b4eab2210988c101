// Reads @jrmc/elements' custom-elements.json (the components' API lock) into one plain description per
// element. Everything generated for frameworks (React wrappers, JSX/Vue/tag-map types, playground pages)
// starts here, so an element added to packages/elements gets its bindings by build, with no hand edits.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MANIFEST_PATH = fileURLToPath(new URL('../../packages/elements/custom-elements.json', import.meta.url));

/** `jrmc-letter-scheduled` → `onLetterScheduled`; `jrmc-error` → `onError`; `change` → `onChange`. */
export function callbackNameOf(eventName) {
  const words = eventName.replace(/^jrmc-/, '').split('-');
  return `on${words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}`;
}

/** `jrmc-letter-scheduled` → `onJrmcLetterScheduled`: the prop Vue compiles `@jrmc-letter-scheduled` into. */
export function vueListenerNameOf(eventName) {
  return `on${eventName.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')}`;
}

// Settable from a framework: a documented, public, writable instance field whose type is a value (not a
// lazily imported module) — e.g. the builder's `prefill`, the provider's `client`.
function isSettableProperty(member) {
  return member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static && !member.readonly && member.description && member.name !== 'jrmc' && !/typeof import\(/.test(member.type?.text ?? '');
}

/** Every custom element of the manifest, sorted by tag name. */
export function readElements(path = MANIFEST_PATH) {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const attributes = (declaration.attributes ?? []).filter((attribute) => attribute.fieldName);
      const attributeFields = new Set(attributes.map((attribute) => attribute.fieldName));
      const properties = (declaration.members ?? []).filter((member) => !attributeFields.has(member.name) && isSettableProperty(member));
      const events = (declaration.events ?? []).filter((event) => event.name).map((event) => ({
        name: event.name,
        type: event.type?.text ?? 'Event',
        description: event.description ?? '',
        callback: callbackNameOf(event.name),
        vueListener: vueListenerNameOf(event.name),
      }));
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        modulePath: module.path,
        description: declaration.description ?? '',
        attributes: attributes.map((attribute) => ({ name: attribute.name, field: attribute.fieldName, type: attribute.type?.text ?? 'string', default: attribute.default, description: attribute.description ?? '' })),
        properties: properties.map((member) => ({ name: member.name, type: member.type?.text ?? 'unknown', description: member.description ?? '' })),
        events,
        slots: (declaration.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
        cssParts: (declaration.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
        cssProperties: (declaration.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '', default: property.default })),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The element types an element's events need from `@jrmc/elements` (the DOM's own `Event` needs none). */
export function eventTypeImports(element) {
  return [...new Set(element.events.map((event) => event.type).filter((type) => /^Jrmc\w+Event$/.test(type)))].sort();
}
