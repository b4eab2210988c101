import { expect } from '@open-wc/testing';
import { newAccount, until } from '../../test/support/backend.js';
import type { JrmcCreditWidget } from '../jrmc-credit-widget/jrmc-credit-widget.js';
import { JrmcProvider } from './jrmc-provider.js';

// A page whose bundle defines an element before its provider (per-element entry points, split chunks): the
// element connects inside a provider tag the browser does not know yet. Without the document's ContextRoot
// (attached by the first registration) its request for the context is lost and it never gets a client.
describe('<jrmc-provider> defined after the elements inside it', () => {
  it('the element still hears its provider once the provider is defined', async () => {
    const account = await newAccount();
    const tag = `late-provider-${Math.random().toString(36).slice(2, 8)}`;
    const provider = document.createElement(tag) as JrmcProvider;
    provider.setAttribute('base-url', `${location.origin}/sandbox-api`);
    provider.setAttribute('session-url', `/test-backend/session?account=${account.accountId}`);
    provider.setAttribute('clock-url', `/test-backend/now?account=${account.accountId}`);
    provider.setAttribute('locale', 'en');
    const widget = document.createElement('jrmc-credit-widget') as JrmcCreditWidget;
    provider.append(widget);
    document.body.append(provider);
    try {
      await widget.updateComplete;
      expect(widget.jrmc.client, 'no provider answers yet').to.equal(null);

      customElements.define(tag, class extends JrmcProvider {});
      await until(() => widget.jrmc.client !== null && widget.shadowRoot?.querySelector('.balance')?.textContent?.includes('€') === true);
      expect(widget.jrmc.value.locale).to.equal('en');
    } finally {
      provider.remove();
    }
  });
});
