// The CRM's glue: where JRMC lives comes from the backend; events tie the components to the CRM's screens.
const config = await (await fetch('/jrmc/config')).json();
const provider = document.getElementById('jrmc');
provider.setAttribute('base-url', config.baseUrl);

const tracker = document.getElementById('tracker');
for (const type of ['jrmc-letter-scheduled', 'jrmc-letter-sent']) {
  document.addEventListener(type, (event) => tracker.setAttribute('letter-id', event.detail.letterId));
}
document.addEventListener('jrmc-letter-open', (event) => {
  if (event.detail.action === 'continue') document.querySelector('jrmc-letter-builder').setAttribute('letter-id', event.detail.letterId);
  else tracker.setAttribute('letter-id', event.detail.letterId);
});
document.addEventListener('jrmc-credit-insufficient', () => document.querySelector('jrmc-credit-widget').scrollIntoView());
