import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@jrmc/elements/define';

/** Listens to a component's typed DOM event (custom elements speak events, not React callbacks). */
function useJrmcEvent(ref, type, handler) {
  useEffect(() => {
    const element = ref.current;
    element?.addEventListener(type, handler);
    return () => element?.removeEventListener(type, handler);
  }, [ref, type, handler]);
}

function App() {
  const builder = useRef(null);
  const [letterId, setLetterId] = useState('');
  useJrmcEvent(builder, 'jrmc-letter-scheduled', (event) => setLetterId(event.detail.letterId));
  useJrmcEvent(builder, 'jrmc-letter-sent', (event) => setLetterId(event.detail.letterId));
  return (
    <jrmc-provider base-url="/api" session-url="/session">
      <h1>Résiliation – exemple React</h1>
      <jrmc-credit-widget low-threshold="2000" payment-token="tok_visa"></jrmc-credit-widget>
      <jrmc-letter-builder ref={builder}></jrmc-letter-builder>
      {letterId ? <jrmc-shipment-tracker letter-id={letterId}></jrmc-shipment-tracker> : <p id="react-status">Aucun courrier envoyé depuis cette page.</p>}
    </jrmc-provider>
  );
}

createRoot(document.getElementById('root')).render(<App />);
