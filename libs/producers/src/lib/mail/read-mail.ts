import { type AttachmentStream, MailParser, type MessageText } from 'mailparser';

/** What Member Alerts reads of an e-mail: headers and text, with attachments named but never kept. */
export interface ParsedMail {
  /** Header names in lower case; each value as the message gives it, unfolded. */
  readonly headers: Readonly<Record<string, string>>;
  readonly messageId: string | null;
  readonly subject: string;
  readonly from: { readonly name: string; readonly address: string } | null;
  readonly date: Date | null;
  readonly contentType: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly {
    readonly name: string;
    readonly contentType: string;
    readonly bytes: number;
  }[];
}

function headerText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === 'object' && 'value' in v) {
    const value = v.value;
    // "text/plain" with its parameters, as the header gave them: "; charset=windows-1252".
    const params = 'params' in v && v.params && typeof v.params === 'object' ? Object.entries(v.params) : [];
    if (typeof value === 'string') return [value, ...params.map(([k, p]) => `${k}=${String(p)}`)].join('; ');
    if (Array.isArray(value)) return value.map((a: { address?: string }) => a.address ?? '').join(', ');
  }
  if (v && typeof v === 'object' && 'text' in v) return String(v.text);
  return '';
}

/**
 * Parses a raw message. Attachments are drained as they stream past and only their names, types
 * and sizes kept, so a 25 MB attachment never sits in memory as text; the decoded text parts are
 * what remains. Charsets other than UTF-8 are decoded by mailparser (iconv-lite).
 */
export function readMail(raw: Buffer | string): Promise<ParsedMail> {
  return new Promise((resolve, reject) => {
    const parser = new MailParser({ skipImageLinks: true, skipTextToHtml: true, skipHtmlToText: true });
    const attachments: { name: string; contentType: string; bytes: number }[] = [];
    let headers = new Map<string, unknown>();
    let body: Partial<MessageText> = {};
    parser.on('headers', (h) => (headers = h as Map<string, unknown>));
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        body = data;
        return;
      }
      const entry = { name: data.filename ?? '(no name)', contentType: data.contentType, bytes: 0 };
      attachments.push(entry);
      data.content.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
      data.content.on('end', () => data.release?.());
    });
    parser.on('error', reject);
    parser.on('end', () => {
      const from = headers.get('from') as { value?: { name?: string; address?: string }[] } | undefined;
      const sender = from?.value?.[0];
      const date = headers.get('date');
      const flat = Object.fromEntries([...headers].map(([k, v]) => [k.toLowerCase(), headerText(v)]));
      // mailparser gathers the List-* headers into one "list" header.
      if (headers.has('list')) flat['list-id'] ??= flat['list'] ?? '';
      resolve({
        headers: flat,
        // "<a@b>" and "a@b" are the same message.
        messageId: flat['message-id']?.trim().replace(/^<(.*)>$/, '$1') || null,
        subject: typeof headers.get('subject') === 'string' ? (headers.get('subject') as string) : '',
        from: sender ? { name: sender.name ?? '', address: sender.address ?? '' } : null,
        date: date instanceof Date && !Number.isNaN(date.getTime()) ? date : null,
        contentType: flat['content-type'] ?? 'text/plain',
        text: body.text ?? '',
        html: typeof body.html === 'string' ? body.html : '',
        attachments,
      });
    });
    parser.end(raw);
  });
}
