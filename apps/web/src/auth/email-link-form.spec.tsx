import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import { render } from '../test/render.util';
import { EmailLinkForm } from './email-link-form';

describe('the e-mail sign-in link form', () => {
  it('asks for an address, sends it, and says what happens next', async () => {
    const asked: string[] = [];
    render(
      <EmailLinkForm
        requestLink={(email) => {
          asked.push(email);
          return Promise.resolve('If that address is on the roster, a sign-in link is on its way to it.');
        }}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Send me a sign-in link' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter your e-mail address');
    expect(asked).toEqual([]);
    await user.type(screen.getByLabelText('Your e-mail address'), ' oliver@example.org ');
    await user.click(screen.getByRole('button', { name: 'Send me a sign-in link' }));
    expect((await screen.findByRole('status')).textContent).toContain('a sign-in link is on its way');
    expect(asked).toEqual(['oliver@example.org']);
  });

  it('shows the server’s words when it refuses, such as too many links', async () => {
    render(
      <EmailLinkForm
        requestLink={() =>
          Promise.reject(
            new ApiError(
              429,
              'no more than 3 sign-in links are sent to one e-mail address in 15 minutes: try again in 900 seconds',
            ),
          )
        }
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your e-mail address'), 'oliver@example.org');
    await user.click(screen.getByRole('button', { name: 'Send me a sign-in link' }));
    expect((await screen.findByRole('alert')).textContent).toContain('try again in 900 seconds');
  });
});
