// Types of element-manifest.mjs, for the TypeScript tests that read the manifest.
export interface ManifestEvent { name: string; type: string; description: string; callback: string; vueListener: string }
export interface ManifestAttribute { name: string; field: string; type: string; default?: string; description: string }
export interface ManifestElement {
  tagName: string;
  className: string;
  modulePath: string;
  description: string;
  attributes: ManifestAttribute[];
  properties: { name: string; type: string; description: string }[];
  events: ManifestEvent[];
  slots: { name: string; description: string }[];
  cssParts: { name: string; description: string }[];
  cssProperties: { name: string; description: string; default?: string }[];
}
export const MANIFEST_PATH: string;
export function callbackNameOf(eventName: string): string;
export function vueListenerNameOf(eventName: string): string;
export function readElements(path?: string): ManifestElement[];
export function eventTypeImports(element: ManifestElement): string[];
