import type { MessageInput } from '../src/lib/message-input';

/** A notification to Oliver Belgrave, member for Oadby, who is also the leader, for the e-mails' tests. */
export const SAMPLE_NOTIFICATION: MessageInput['notification'] = {
  id: '11111111-1111-4111-8111-111111111111',
  eventId: '22222222-2222-4222-8222-222222222222',
  eventVersion: 1,
  recipientName: 'Oliver Belgrave',
  email: 'oliver.belgrave@members.leics.example',
  action: 'notify',
  change: 'new',
  reasons: [
    { relation: 'local', paragraph: '35', division: 'Oadby' },
    { relation: 'escalation', paragraph: '36', role: 'leader' },
  ],
};
