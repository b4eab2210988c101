// The JRMC components in React through @jrmc/react: typed props, typed callbacks (onLetterScheduled…),
// no addEventListener plumbing. The same file renders on a server (Next.js app router) unchanged.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { JrmcCreditWidget, JrmcLetterBuilder, JrmcProvider, JrmcShipmentTracker } from '@jrmc/react';

function App() {
  const [letterId, setLetterId] = useState('');
  const [lowCredit, setLowCredit] = useState(false);
  return (
    <JrmcProvider baseUrl="/api" sessionUrl="/session" clockUrl="/clock">
      <h1>Résiliation – exemple React</h1>
      <JrmcCreditWidget lowThreshold={2000} paymentToken="tok_visa" onCreditLow={() => setLowCredit(true)} onCreditChanged={() => setLowCredit(false)} />
      {lowCredit ? <p role="alert">Crédit bas : pensez à recharger.</p> : null}
      <JrmcLetterBuilder onLetterScheduled={(event) => setLetterId(event.detail.letterId)} onLetterSent={(event) => setLetterId(event.detail.letterId)} />
      {letterId ? (
        <>
          <p id="framework-status" data-letter-id={letterId}>Courrier {letterId} programmé.</p>
          <JrmcShipmentTracker letterId={letterId} />
        </>
      ) : (
        <p id="react-status">Aucun courrier envoyé depuis cette page.</p>
      )}
    </JrmcProvider>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
