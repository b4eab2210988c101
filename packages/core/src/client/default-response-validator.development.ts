// Chosen through the `development` export condition (package.json "imports"): development servers and test
// runners validate every answer against the contract. The schemas are fetched on the first answer, so a
// page in development still renders before they arrive.
import type { ResponseValidator } from './response-validator.js';

/** The validator a client uses when `validateResponses` is left unset or `true`. */
export const DEFAULT_RESPONSE_VALIDATOR: ResponseValidator | undefined = async (operationId, body) => {
  const { validateResponseWithContract } = await import('../contract/validate-response.js');
  return validateResponseWithContract(operationId, body);
};
