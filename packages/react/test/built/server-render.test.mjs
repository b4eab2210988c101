// The built package, imported as a Next.js server would (plain Node, no DOM, no source condition), renders
// a page with react-dom/server and touches no browser global.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

test('the built wrappers render on the server without window', async () => {
  const { JrmcProvider, JrmcLetterBuilder, JrmcShipmentTracker } = await import('@jrmc/react');
  const html = renderToString(
    createElement(JrmcProvider, { 'base-url': '/api' },
      createElement(JrmcLetterBuilder, { onLetterScheduled: () => undefined }),
      createElement(JrmcShipmentTracker, { 'letter-id': 'let_1' }),
    ),
  );
  assert.equal(html, '<jrmc-provider base-url="/api"><jrmc-letter-builder></jrmc-letter-builder><jrmc-shipment-tracker letter-id="let_1"></jrmc-shipment-tracker></jrmc-provider>');
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});
