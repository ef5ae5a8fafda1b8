import { publicUrl, type Config } from '../core/config.js';
import type { DigestLinks } from '../digest/digest-view.js';
import type { Subscriber } from '../digest/types.js';
import { signUnsubscribeToken } from '../digest/unsubscribe-token.js';
import { appSecret } from '../store/app-secrets.js';
import type { Db } from '../store/database.js';

/** Name of the stored secret that signs unsubscribe links. */
export const UNSUBSCRIBE_SECRET = 'unsubscribe-link';

/** The path of the one-click unsubscribe endpoint (api/routes/unsubscribe-routes.ts). */
export const UNSUBSCRIBE_PATH = '/v1/unsubscribe';

/**
 * Links for a subscriber's digest: entity views (DIGEST_ENTITY_URL, else the analyst page's entity view
 * under PUBLIC_URL, `/#/entity/<id>`) and the signed one-click unsubscribe URL.
 */
export function digestLinks(
  db: Db,
  config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT' | 'DIGEST_ENTITY_URL'>,
): (subscriber: Subscriber) => Promise<DigestLinks> {
  const base = publicUrl(config);
  const template = config.DIGEST_ENTITY_URL ?? `${base}/#/entity/{id}`;
  return async (subscriber) => {
    const token = signUnsubscribeToken(await appSecret(db, UNSUBSCRIBE_SECRET), subscriber);
    return {
      entity: (id) => template.replaceAll('{id}', encodeURIComponent(id)),
      unsubscribe: `${base}${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`,
    };
  };
}
