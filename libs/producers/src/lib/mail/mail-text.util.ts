// The enquiry itself, without the thread it quotes or the sender's sign-off. Mail clients mark
// both in a handful of ways; these are the common ones in English.

// Where a quoted earlier message starts: everything from here on is the thread.
const QUOTE_STARTS = [
  /^On .{1,200}wrote:\s*$/i, // Gmail, Apple Mail, Thunderbird
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i, // Outlook
  /^_{10,}\s*$/, // Outlook's rule above "From: … Sent: …"
  /^-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
];

// Where the signature starts. "-- " is the standard delimiter (RFC 3676 §4.3); the sign-offs are
// only taken near the end, where they close the message rather than open a sentence.
const SIGNATURE = /^-- ?$/;
const SIGN_OFF =
  /^(kind(est)? regards|best regards|warm regards|regards|best wishes|many thanks|thanks( very much)?|thank you|yours (sincerely|faithfully|truly)|cheers|best),?$/i;
const SIGN_OFF_WITHIN_LINES = 12;

export function trimReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    // Outlook without the rule: a "From:" line followed by "Sent:".
    const outlookHeader = /^From:\s/i.test(line) && /^(Sent|Date):\s/i.test((lines[i + 1] ?? '').trim());
    if (line.startsWith('>') || SIGNATURE.test(lines[i] ?? '') || outlookHeader) {
      end = i;
      break;
    }
    if (QUOTE_STARTS.some((q) => q.test(line))) {
      end = i;
      break;
    }
  }
  let kept = lines.slice(0, end);
  const from = Math.max(0, kept.length - SIGN_OFF_WITHIN_LINES);
  const signOff = kept.findIndex((l, i) => i >= from && SIGN_OFF.test(l.trim()));
  if (signOff > 0) kept = kept.slice(0, signOff);
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text with the sender's name and address taken out wherever they still appear. */
export function withoutSender(text: string, sender: { name: string; address: string } | null): string {
  if (!sender) return text;
  let out = text;
  for (const s of [sender.address, sender.name]) {
    if (s.trim().length < 3) continue;
    out = out.split(s).join('[the sender]');
  }
  return out;
}
