import { normalizeClientOptions, type JrmcClientOptions } from './options.js';
import { JrmcConnection } from './transport.js';

/** Resource classes by the name a client exposes them under, e.g. `{ letters: LettersResource }`. */
export type ResourceClasses = Record<string, new (connection: JrmcConnection) => object>;

/** A client holding one instance of each given resource class. */
export type BoundResources<R extends ResourceClasses> = { readonly [K in keyof R]: InstanceType<R[K]> };

/**
 * Checks the options once and opens the connection every resource calls through: authentication, retries,
 * idempotency keys, typed errors. {@link createJrmcClient} builds on it.
 *
 * @throws {ConfigurationError} when the options cannot work (see {@link createJrmcClient})
 */
export function createJrmcConnection(options: JrmcClientOptions): JrmcConnection {
  return new JrmcConnection(normalizeClientOptions(options));
}

/**
 * A client with only the resources you name, on one connection. A page bundles the code and routes of those
 * resources alone, which {@link createJrmcClient}'s every-resource client cannot offer; the JRMC elements each
 * bind the few they call.
 *
 * @example
 * const connection = createJrmcConnection({ baseUrl, getToken });
 * const { credit } = bindResources(connection, { credit: CreditResource });
 * const { balance } = await credit.retrieve();
 */
export function bindResources<R extends ResourceClasses>(connection: JrmcConnection, resources: R): BoundResources<R> {
  const bound: Record<string, object> = {};
  for (const [name, Resource] of Object.entries(resources)) bound[name] = new Resource(connection);
  return Object.freeze(bound) as BoundResources<R>;
}
