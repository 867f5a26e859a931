// Acknowledgement links are signed by the worker (in e-mails) and checked by the API.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signs an acknowledgement link for one notification, valid until `expires` (Unix seconds). */
export function signAck(secret: string, notificationId: string, expires: number): string {
  return createHmac('sha256', secret).update(`ack.${notificationId}.${expires}`).digest('base64url');
}

export type AckCheck = 'valid' | 'expired' | 'invalid';

export function checkAck(
  secret: string,
  notificationId: string,
  expires: number,
  token: string,
  now = Date.now(),
): AckCheck {
  if (!Number.isInteger(expires) || !token) return 'invalid';
  const expected = Buffer.from(signAck(secret, notificationId, expires));
  const given = Buffer.from(token);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return expires * 1000 < now ? 'expired' : 'valid';
}

export function ackLink(
  publicUrl: string,
  secret: string,
  notificationId: string,
  days: number,
  now = Date.now(),
): string {
  const expires = Math.floor(now / 1000) + days * 24 * 3600;
  const token = signAck(secret, notificationId, expires);
  return `${publicUrl}/alerts/${notificationId}/acknowledge?expires=${expires}&token=${token}`;
}

/** The event's page in the console (apps/web, served under /app/), for the "See it" link in an alert. */
export function eventPageLink(publicUrl: string, eventId: string): string {
  return `${publicUrl.replace(/\/$/, '')}/app/events/${encodeURIComponent(eventId)}`;
}
