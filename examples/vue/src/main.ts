// The JRMC components in Vue 3: the tags are plain custom elements (isCustomElement), bound with `:prop`
// and listened to with `@jrmc-…`. `@jrmc/elements/vue` types them for vue-tsc / Volar.
import { createApp, defineComponent, ref } from 'vue';
import '@jrmc/elements/define';
import type {} from '@jrmc/elements/vue';
import type { JrmcLetterScheduledEvent, JrmcLetterSentEvent } from '@jrmc/elements';

const App = defineComponent({
  setup() {
    const letterId = ref('');
    const onLetter = (event: JrmcLetterScheduledEvent | JrmcLetterSentEvent) => (letterId.value = event.detail.letterId);
    return { letterId, onLetter };
  },
  template: `
    <jrmc-provider base-url="/api" session-url="/session" clock-url="/clock">
      <h1>Résiliation – exemple Vue</h1>
      <jrmc-credit-widget :low-threshold="2000" payment-token="tok_visa"></jrmc-credit-widget>
      <jrmc-letter-builder @jrmc-letter-scheduled="onLetter" @jrmc-letter-sent="onLetter"></jrmc-letter-builder>
      <template v-if="letterId">
        <p id="framework-status" :data-letter-id="letterId">Courrier {{ letterId }} programmé.</p>
        <jrmc-shipment-tracker :letter-id="letterId"></jrmc-shipment-tracker>
      </template>
      <p v-else>Aucun courrier envoyé depuis cette page.</p>
    </jrmc-provider>`,
});

const app = createApp(App);
// Vue must leave the jrmc-* tags to the browser's custom-element registry.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('jrmc-');
app.mount('#root');
