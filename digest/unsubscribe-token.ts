import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Unsubscribe tokens: `<subscriptionId>.<HMAC-SHA256 of "unsubscribe:<id>:<email>">` in base64url. The
 * link works without an API key and without expiry (RFC 8058 expects a link in an old email to keep
 * working), yet cannot be forged for another subscriber; naming the email in the MAC means a token of a
 * deleted and re-created subscription does not carry over.
 */
export function signUnsubscribeToken(secret: string, subscription: { id: number; email: string }): string {
  return `${subscription.id}.${mac(secret, subscription.id, subscription.email)}`;
}

function mac(secret: string, id: number, email: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${id}:${email.toLowerCase()}`).digest('base64url');
}

/** The subscription id a token names, before its signature is checked against the stored email. */
export function tokenSubscriptionId(token: string): number | null {
  const match = /^(\d{1,15})\.[A-Za-z0-9_-]{43}$/.exec(token);
  return match ? Number(match[1]) : null;
}

/** True when `token` was signed with `secret` for this subscription. Constant-time comparison. */
export function verifyUnsubscribeToken(
  secret: string,
  token: string,
  subscription: { id: number; email: string },
): boolean {
  const expected = Buffer.from(signUnsubscribeToken(secret, subscription));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
