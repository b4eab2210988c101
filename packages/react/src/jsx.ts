/**
 * `@jrmc/react/jsx`: types for writing the raw tags in React 19 TSX (`<jrmc-letter-builder
 * onjrmc-letter-scheduled={…}>`). Import it once for its types: `import type {} from '@jrmc/react/jsx'`.
 *
 * @packageDocumentation
 */
export type {} from './generated/jsx-types.js';
