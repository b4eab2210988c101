// The CRM's glue: where JRMC lives comes from the backend; events tie the components to the CRM's screens.
const config = await (await fetch('/jrmc/config')).json();
const provider = document.getElementById('jrmc');
provider.setAttribute('base-url', config.baseUrl);
// Sandbox only: the account's test clock, so every component decides with the sandbox's day and hour.
if (config.clockUrl) provider.setAttribute('clock-url', config.clockUrl);

// The customer this screen shows. A real CRM loads it from its own database; the builder starts from it
// (prefill) instead of asking the broker to type again what the CRM already knows.
const customer = {
  civility: 'Mme',
  firstName: 'Éloïse',
  lastName: 'Martin',
  address: { line1: '12 rue des Lilas', postcode: '69003', city: 'Lyon' },
  policy: { insurerId: 'ins_axa', insurerName: 'AXA', number: 'AUTO-1001', renewalDate: '2027-03-01' },
};
document.getElementById('client-title').textContent = `${customer.firstName} ${customer.lastName}`;
document.getElementById('client-address').textContent = `${customer.address.line1}, ${customer.address.postcode} ${customer.address.city}`;
document.getElementById('client-policy').textContent = `Contrat auto ${customer.policy.insurerName} n° ${customer.policy.number} – échéance le ${new Date(`${customer.policy.renewalDate}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
document.querySelector('jrmc-letter-builder').prefill = {
  subscriber: { kind: 'person', civility: customer.civility, firstName: customer.firstName, lastName: customer.lastName, address: customer.address },
  recipientId: customer.policy.insurerId,
  contracts: [customer.policy.number],
  reason: 'echeance',
  facts: { renewalDate: customer.policy.renewalDate },
};

const tracker = document.getElementById('tracker');
for (const type of ['jrmc-letter-scheduled', 'jrmc-letter-sent']) {
  document.addEventListener(type, (event) => tracker.setAttribute('letter-id', event.detail.letterId));
}
// This CRM resumes termination drafts in its builder; anything else (a paper or loan-dossier letter) opens in the tracker.
document.addEventListener('jrmc-letter-open', (event) => {
  const { action, service, letterId } = event.detail;
  if (action === 'continue' && service === 'termination') document.querySelector('jrmc-letter-builder').setAttribute('letter-id', letterId);
  else tracker.setAttribute('letter-id', letterId);
});
document.addEventListener('jrmc-credit-insufficient', () => document.querySelector('jrmc-credit-widget').scrollIntoView());
