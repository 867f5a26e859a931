import type { NotificationChange } from '@member-alerts/persistence';
import type { SignedLink } from './signed-link.util';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value put in a page goes through this: titles and names come from officers and rosters. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

// Councillors read these in the UK: dates in words and London time, as GOV.UK writes them.
const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

export function formatWhen(at: Date): string {
  // "28 November 2026 at 8:35am": GOV.UK writes no space before am and pm.
  return WHEN.format(at).replace(/\s?([ap]m)$/i, (_: string, ampm: string) => ampm.toLowerCase());
}

const CHANGE_WORDS: Readonly<Record<NotificationChange, string>> = {
  new: 'a new alert',
  updated: 'an update to an earlier alert',
  removed: 'a notice that the matter no longer affects your division',
  cancelled: 'a notice that the matter has been cancelled',
};

// Inline styles only: the page loads nothing else, so the strict Content-Security-Policy can stay strict.
const STYLE = `
body{margin:0;font-family:Arial,sans-serif;font-size:19px;line-height:1.32;color:#0b0c0c;background:#fff}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fd0;padding:8px;color:#0b0c0c}
header{background:#0b0c0c;color:#fff;padding:12px 16px;font-weight:700}
main{max-width:640px;margin:0 auto;padding:24px 16px 48px}
h1{font-size:32px;line-height:1.1;margin:0 0 24px}
.panel{background:#00703c;color:#fff;padding:24px;margin-bottom:24px;text-align:center}.panel h1{margin:0 0 12px}
.inset{border-left:10px solid #b1b4b6;padding:12px 16px;margin:24px 0}
button{font:inherit;font-weight:400;color:#fff;background:#00703c;border:0;box-shadow:0 2px 0 #002d18;padding:8px 12px;cursor:pointer}
button:focus{outline:3px solid transparent;background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c}
`;

export interface HtmlPage {
  readonly status: number;
  readonly html: string;
}

/** A plain page in the product's style, with nothing loaded from elsewhere. */
export function htmlPage(status: number, title: string, body: string): HtmlPage {
  const html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)} – Member Alerts</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header>Member Alerts</header>
<main id="main">
${body}
</main>
</body>
</html>
`;
  return { status, html };
}

export interface AlertSummary {
  readonly recipientName: string;
  readonly event: { readonly title: string | null };
  readonly change: NotificationChange;
  readonly status: string;
  readonly acknowledgedAt: Date | null;
}

/** The page a link opens. It acknowledges nothing: mail scanners follow links, people press buttons. */
export function confirmPage(alert: AlertSummary, link: SignedLink): HtmlPage {
  const about = `<div class="inset"><p>This is ${escapeHtml(CHANGE_WORDS[alert.change])} for ${escapeHtml(alert.recipientName)} about:</p>
<p><strong>${escapeHtml(alert.event.title ?? 'an event')}</strong></p></div>`;
  if (alert.status === 'acknowledged') {
    const when = alert.acknowledgedAt ? ` on ${escapeHtml(formatWhen(alert.acknowledgedAt))}` : '';
    return htmlPage(
      200,
      'You have already acknowledged this alert',
      `<h1>You have already acknowledged this alert</h1>\n${about}\n<p>We recorded your acknowledgement${when}. You do not need to do anything else.</p>`,
    );
  }
  if (alert.status !== 'sent') {
    return htmlPage(
      409,
      'You cannot acknowledge this alert',
      `<h1>You cannot acknowledge this alert</h1>\n${about}\n<p>It has not been delivered yet, or a later alert about the same matter replaced it. Look for a newer email about it.</p>`,
    );
  }
  // A relative action keeps the same path and replaces only the query, so it works behind a proxy too.
  const action = `?expires=${encodeURIComponent(String(link.expires))}&token=${encodeURIComponent(link.token)}`;
  return htmlPage(
    200,
    'Acknowledge this alert',
    `<h1>Acknowledge this alert</h1>
${about}
<p>Acknowledging tells the officer who sent it that you have read it. It does not mean you agree with it.</p>
<form method="post" action="${escapeHtml(action)}" novalidate>
<button type="submit">Confirm and acknowledge</button>
</form>`,
  );
}

export function acknowledgedPage(acknowledgedAt: Date): HtmlPage {
  return htmlPage(
    200,
    'Alert acknowledged',
    `<div class="panel"><h1>Alert acknowledged</h1><p>We recorded this on ${escapeHtml(formatWhen(acknowledgedAt))}</p></div>
<p>The officer who sent the alert can now see that you have read it. You can close this page.</p>`,
  );
}

const PROBLEMS: Readonly<Record<number, { title: string; advice: string }>> = {
  403: {
    title: 'This link does not work',
    advice:
      'Check that you copied the whole link from the email. If it still does not work, sign in to acknowledge the alert.',
  },
  404: {
    title: 'Alert not found',
    advice: 'The alert may have been removed. Contact democratic services if you need it.',
  },
  409: { title: 'You cannot acknowledge this alert', advice: '' },
  410: { title: 'This link has expired', advice: 'The link has expired; sign in to acknowledge the alert.' },
};

/** A problem in words a councillor can act on, with the status code a client can check. */
export function problemPage(status: number, message: string): HtmlPage {
  const known = PROBLEMS[status] ?? { title: 'Sorry, there is a problem', advice: '' };
  const detail = known.advice || `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
  return htmlPage(status, known.title, `<h1>${escapeHtml(known.title)}</h1>\n<p>${escapeHtml(detail)}</p>`);
}
