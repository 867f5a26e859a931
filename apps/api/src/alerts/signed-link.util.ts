import { ForbiddenException, GoneException } from '@nestjs/common';
import { checkAck } from '../auth/ack-token.util';

export interface SignedLink {
  readonly expires: number;
  readonly token: string;
}

export const EXPIRED_MESSAGE = 'the link has expired; sign in to acknowledge';

/** The `?expires=…&token=…` of an acknowledgement link, or undefined when the request has neither. */
export function linkFrom(query: Readonly<Record<string, unknown>>): SignedLink | undefined {
  const { expires, token } = query;
  if (expires === undefined && token === undefined) return undefined;
  // A repeated parameter arrives as a list; a link we signed never has one.
  return {
    expires: typeof expires === 'string' && /^\d{1,12}$/.test(expires) ? Number(expires) : Number.NaN,
    token: typeof token === 'string' ? token : '',
  };
}

/** Throws 403 for a link we did not sign (or one altered since), 410 for one past its date. */
export function requireValidLink(
  secret: string,
  notificationId: string,
  link: SignedLink | undefined,
): SignedLink {
  const check = link ? checkAck(secret, notificationId, link.expires, link.token) : 'invalid';
  switch (check) {
    case 'valid':
      if (link) return link;
      break;
    case 'expired':
      throw new GoneException(EXPIRED_MESSAGE);
    case 'invalid':
      throw new ForbiddenException(
        'the acknowledgement link is not valid: check that you copied all of it from the e-mail, or sign in to acknowledge',
      );
  }
  throw new ForbiddenException('the acknowledgement link is not valid');
}
