// The token in a sign-in link is derived from its row's id with ACK_SECRET, so the worker can write
// it into the e-mail (again, after a crash) while PostgreSQL keeps only its hash.
import { createHmac } from 'node:crypto';

/** A sign-in link works once, within this many minutes of being asked for. */
export const SIGN_IN_LINK_MINUTES = 15;

export function signInLinkToken(secret: string, linkId: string): string {
  return createHmac('sha256', secret).update(`sign-in.${linkId}`).digest('base64url');
}

/** The page the e-mail points to; following it shows a button, and only the button signs in. */
export function signInLinkUrl(publicUrl: string, secret: string, linkId: string): string {
  return `${publicUrl}/auth/email-link/sign-in?token=${signInLinkToken(secret, linkId)}`;
}
