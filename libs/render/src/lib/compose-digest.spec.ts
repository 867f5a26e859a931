import { describe, expect, it } from 'vitest';
import { leicestershirePolicy } from '../../../../tools/testing/fixtures';
import { composeDigest, type DigestItem } from './compose-digest';
import { councilWording } from './message-input';

const item = (title: string, contact?: DigestItem['contact']): DigestItem => ({
  notificationId: title,
  title,
  summary: 'For your information.',
  where: 'Oadby',
  whatToDo: 'For your information. You need do nothing.',
  ...(contact ? { contact } : {}),
  eventUrl: 'https://alerts.example/app/events/1',
  change: 'new',
  reasons: [{ relation: 'local', paragraph: '35', division: 'Oadby' }],
  ackUrl: 'https://alerts.example/ack',
});
const helen = { name: 'Helen Marsden', email: 'helen.marsden@leics.example' };
const raj = { name: 'Raj Patel', email: 'raj.patel@leics.example' };

describe('whom a reply to a digest reaches', () => {
  it.each([
    ['every alert names the same officer', [item('A', helen), item('B', helen)], helen.email],
    [
      'the same officer, written with other capitals',
      [item('A', helen), item('B', { ...helen, email: 'Helen.Marsden@leics.example' })],
      helen.email,
    ],
    ['two officers: each alert says whom to ask', [item('A', helen), item('B', raj)], undefined],
    ['an alert that names nobody', [item('A', helen), item('B')], undefined],
  ])('%s', (_, items, address) => {
    expect(
      composeDigest('Oliver Belgrave', items, councilWording(leicestershirePolicy())).replyTo?.address,
    ).toBe(address);
  });
});
