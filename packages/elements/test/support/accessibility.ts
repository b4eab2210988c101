// The accessibility suite every component runs: axe in the light AND the dark scheme, checking on the way that
// the scheme really changed the component's colours (a dark theme that is still light would pass axe too).
import { expect } from '@open-wc/testing';
import type { JrmcProvider } from '../../src/jrmc-provider/jrmc-provider.js';

type Scheme = 'light' | 'dark';

async function applyScheme(element: HTMLElement & { updateComplete?: Promise<unknown> }, scheme: Scheme): Promise<void> {
  const provider = element.closest<JrmcProvider>('jrmc-provider');
  if (provider) {
    provider.theme = scheme;
    await provider.updateComplete;
  } else {
    // Without a provider the element inherits the page's colour scheme.
    element.style.colorScheme = scheme;
  }
  await element.updateComplete;
}

/** Runs axe on `element` in both colour schemes (through its `<jrmc-provider theme>`, or the page's scheme). */
export async function expectAccessibleInBothSchemes(element: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  const colours: Record<Scheme, string> = { light: '', dark: '' };
  for (const scheme of ['light', 'dark'] as const) {
    await applyScheme(element, scheme);
    colours[scheme] = getComputedStyle(element).color;
    await expect(element).to.be.accessible();
  }
  expect(colours.dark).to.not.equal(colours.light, 'the dark scheme changes the text colour');
}
