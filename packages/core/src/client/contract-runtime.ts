// What the client needs from the zod contract at run time: the operation table (paths and response
// schemas) and the error envelope. Loaded on the first call with a dynamic import, so a page embedding the
// components renders before the schemas (the largest part of the client) arrive.
export { OPERATIONS } from '../contract/operations.js';
export { errorFromResponse } from './errors/error-from-response.js';
