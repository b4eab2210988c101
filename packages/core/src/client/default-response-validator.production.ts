// Chosen without the `development` export condition (production bundles, plain Node): no validator, so no
// reference to the contract's zod schemas and none of their bytes in the page.
import type { ResponseValidator } from './response-validator.js';

/** The validator a client uses when `validateResponses` is left unset or `true`: none in production. */
export const DEFAULT_RESPONSE_VALIDATOR: ResponseValidator | undefined = undefined;
