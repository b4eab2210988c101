import type { RequestOptions } from '../options.js';
import * as route from '../operation-routes.js';
import type { BodyOf, ResponseOf, JrmcConnection } from '../transport.js';

/** User profiles of the account. */
export class ProfilesResource {
  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
  }

  /**
   * Every profile, active or not.
   *
   * @example
   * const { data } = await client.account.profiles.list();
   */
  list(options?: RequestOptions): Promise<ResponseOf<'listProfiles'>> {
    return this.#connection.call(route.listProfiles, {}, options);
  }

  /**
   * Adds a collaborator (or manager).
   *
   * @example
   * await client.account.profiles.create({ name: 'Léa Petit', email: 'lea@cabinet.fr', role: 'collaborator' });
   */
  create(params: BodyOf<'createProfile'>, options?: RequestOptions): Promise<ResponseOf<'createProfile'>> {
    return this.#connection.call(route.createProfile, { body: params }, options);
  }

  /**
   * Renames a profile or changes its role.
   *
   * @example
   * await client.account.profiles.update('usr_2', { role: 'manager' });
   */
  update(profileId: string, params: BodyOf<'updateProfile'>, options?: RequestOptions): Promise<ResponseOf<'updateProfile'>> {
    return this.#connection.call(route.updateProfile, { path: { profileId }, body: params }, options);
  }

  /**
   * Deactivates a profile: it can no longer log in, its letters stay assigned to it.
   *
   * @example
   * await client.account.profiles.deactivate('usr_2');
   */
  deactivate(profileId: string, options?: RequestOptions): Promise<ResponseOf<'deactivateProfile'>> {
    return this.#connection.call(route.deactivateProfile, { path: { profileId } }, options);
  }

  /**
   * Reactivates a deactivated profile (managers).
   *
   * @example
   * await client.account.profiles.reactivate('usr_2');
   */
  reactivate(profileId: string, options?: RequestOptions): Promise<ResponseOf<'reactivateProfile'>> {
    return this.#connection.call(route.reactivateProfile, { path: { profileId } }, options);
  }

  /**
   * Hands a profile's letters — all, or the ones listed — to another active profile (managers).
   *
   * @example
   * await client.account.profiles.reassignLetters('usr_2', { toProfileId: 'usr_1' }); //=> { reassigned: 12, … }
   */
  reassignLetters(profileId: string, params: BodyOf<'reassignLetters'>, options?: RequestOptions): Promise<ResponseOf<'reassignLetters'>> {
    return this.#connection.call(route.reassignLetters, { path: { profileId }, body: params }, options);
  }
}

/** The account: onboarding (identity proof, mandate), balance, profiles. */
export class AccountResource {
  /** User profiles. */
  readonly profiles: ProfilesResource;

  readonly #connection: JrmcConnection;

  /** Usually created by {@link createJrmcClient}; {@link bindResources} creates only the resources a page uses. */
  constructor(connection: JrmcConnection) {
    this.#connection = connection;
    this.profiles = new ProfilesResource(connection);
  }

  /**
   * The account, with its onboarding status and balance.
   *
   * @example
   * const account = await client.account.retrieve();
   * account.status //=> 'ready'
   */
  retrieve(options?: RequestOptions): Promise<ResponseOf<'getAccount'>> {
    return this.#connection.call(route.getAccount, {}, options);
  }

  /**
   * Uploads the professional identity proof (ORIAS certificate, statutes) for JRMC to verify.
   *
   * @example
   * await client.account.uploadIdentityProof({ kind: 'orias-certificate', filename: 'orias.pdf', contentBase64, oriasNumber: '07012345' });
   */
  uploadIdentityProof(params: BodyOf<'uploadIdentityProof'>, options?: RequestOptions): Promise<ResponseOf<'uploadIdentityProof'>> {
    return this.#connection.call(route.uploadIdentityProof, { body: params }, options);
  }

  /**
   * Signs the mandate letting JRMC send on the account's behalf.
   *
   * @example
   * await client.account.signMandate({ signatoryName: 'Claire Durand', signatoryEmail: 'claire@cabinet.fr', signatoryMobile: '06 12 34 56 78', companySiren: '732 829 320' });
   */
  signMandate(params: BodyOf<'signMandate'>, options?: RequestOptions): Promise<ResponseOf<'signMandate'>> {
    return this.#connection.call(route.signMandate, { body: params }, options);
  }
}
