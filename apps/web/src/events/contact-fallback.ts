import type { Session } from '../api/types';

/** What an empty contact means for the person registering, from whom the API would put instead. */
export function contactFallback(session: Session | null): string {
  const c = session?.contact;
  if (!c) return 'You must give one: there is no contact set for you to fall back on.';
  const who = `${c.name} (${c.email})`;
  return session.via === 'session'
    ? `Leave it empty and members contact you, ${who}.`
    : `Leave it empty and members contact ${who}, the contact set for this key.`;
}
