// The wrappers import and render on a server (Next.js app router, react-dom/server) without a DOM, and
// each one carries the element's events as callbacks, as custom-elements.json lists them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { readElements, callbackNameOf } from '../../../scripts/lib/element-manifest.mjs';
import * as wrappers from '../src/index.js';

const elements = readElements();
const byName = wrappers as unknown as Record<string, Parameters<typeof createElement>[0]>;

test('the package imports with no window, document or registry', () => {
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
});

test('there is one wrapper per element of the manifest, named as its class', () => {
  for (const element of elements) assert.equal(typeof byName[element.className], 'object', `${element.className} is missing`);
});

test('each wrapper renders its tag on the server, with its attributes, and leaves the callbacks out of the HTML', () => {
  for (const element of elements) {
    const callbacks = Object.fromEntries(element.events.map((event) => [event.callback, () => undefined]));
    const html = renderToString(createElement(byName[element.className]!, { id: `x-${element.tagName}`, ...callbacks } as never));
    assert.match(html, new RegExp(`^<${element.tagName} id="x-${element.tagName}"`), html);
    for (const event of element.events) assert.doesNotMatch(html, new RegExp(event.callback, 'i'), `${element.tagName}: ${event.callback} leaked into the HTML`);
  }
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined', 'rendering touched no window');
});

test('a whole page renders: provider, builder and children', () => {
  const html = renderToString(
    createElement(wrappers.JrmcProvider, { 'base-url': '/api', 'session-url': '/session' } as never,
      createElement(wrappers.JrmcLetterBuilder, { onLetterScheduled: () => undefined }),
    ),
  );
  assert.match(html, /^<jrmc-provider base-url="\/api" session-url="\/session"><jrmc-letter-builder><\/jrmc-letter-builder><\/jrmc-provider>$/);
});

test('callback names follow the event names', () => {
  assert.equal(callbackNameOf('jrmc-letter-scheduled'), 'onLetterScheduled');
  assert.equal(callbackNameOf('jrmc-error'), 'onError');
  assert.equal(callbackNameOf('change'), 'onChange');
});
