import { escapeHtml } from './compose-message';
import type { Message } from './message';

/** The sign-in e-mail, in plain words: whom it is for, the link, its limits, and what to do if unasked. */
export function composeSignInLink(input: {
  id: string;
  name: string;
  email: string;
  url: string;
  minutes: number;
}): Message {
  const lines = [
    `This e-mail is for ${input.name}.`,
    '',
    'To sign in to Member Alerts, open this link and press "Sign in":',
    input.url,
    '',
    `The link works once, and only within ${input.minutes} minutes of being sent.`,
    '',
    'If you did not ask to sign in to Member Alerts, ignore this e-mail: nobody can sign in without the link.',
  ];
  const html = `<p>This e-mail is for ${escapeHtml(input.name)}.</p>
<p>To sign in to Member Alerts, open this link and press “Sign in”:<br><a href="${escapeHtml(input.url)}">${escapeHtml(input.url)}</a></p>
<p>The link works once, and only within ${input.minutes} minutes of being sent.</p>
<p>If you did not ask to sign in to Member Alerts, ignore this e-mail: nobody can sign in without the link.</p>`;
  return {
    to: { name: input.name, address: input.email },
    subject: 'Your Member Alerts sign-in link',
    text: lines.join('\n'),
    html,
    reference: `${input.id}.sign-in`,
    about: { signInLink: input.id },
  };
}
