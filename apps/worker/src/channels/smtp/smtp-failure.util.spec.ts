import { describe, expect, it } from 'vitest';
import { classifySmtpFailure } from './smtp-failure.util';

// nodemailer's errors as it throws them: an SMTP reply carries responseCode and response, a
// connection problem a code.
const reply = (responseCode: number, response: string) =>
  Object.assign(new Error(`Message failed: ${response}`), { code: 'EMESSAGE', responseCode, response });
const network = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('what an SMTP failure means', () => {
  it.each([
    [reply(550, '550 5.1.1 <nobody@leics.example>: no such user'), 'permanent'],
    [reply(554, '554 5.7.1 message refused'), 'permanent'],
    [reply(450, '450 4.2.1 mailbox busy, try later'), 'retry'],
    [network('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1025'), 'retry'],
    [network('ETIMEDOUT', 'Greeting never received'), 'retry'],
    [reply(421, '421 4.7.0 too many connections, slow down'), 'rate-limited'],
    [reply(451, '451 4.3.0 local error, try again later'), 'rate-limited'],
    [new TypeError('Cannot read properties of undefined'), 'permanent'],
  ])('%s: %s', (failure, verdict) => {
    expect(classifySmtpFailure(failure, 30_000).verdict).toBe(verdict);
  });

  it('tells a refusal from our own fault, both final', () => {
    expect(classifySmtpFailure(reply(550, '550 5.1.1 no such user'), 1)).toMatchObject({ cause: 'refused' });
    expect(classifySmtpFailure(new TypeError('oops'), 1)).toMatchObject({ cause: 'technical' });
  });

  it("keeps the server's words for the officer, on one line, and the busy relay's pause", () => {
    expect(classifySmtpFailure(reply(550, '550 5.1.1\r\n  no such user'), 1).reason).toBe(
      '550 5.1.1 no such user',
    );
    expect(
      classifySmtpFailure(network('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1025'), 1).reason,
    ).toBe('ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1025');
    expect(classifySmtpFailure(reply(421, '421 busy'), 45_000)).toEqual({
      verdict: 'rate-limited',
      delayMs: 45_000,
      reason: '421 busy',
    });
  });
});
