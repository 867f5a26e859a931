import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import type { Session } from '../api/types';
import { render } from '../test/render.util';
import { SignInForm } from './sign-in-form';

const OFFICER: Session = {
  role: 'officer',
  name: 'Development officer',
  memberId: null,
  member: null,
  via: 'key',
  contact: null,
  csrfToken: null,
};

function signInWith(valid: string, tried: string[]) {
  return (key: string) => {
    tried.push(key);
    return key === valid
      ? Promise.resolve(OFFICER)
      : Promise.reject(new ApiError(401, 'the API key is not valid, or has been revoked'));
  };
}

describe('the sign-in form', () => {
  it('asks for a key, then says when the key is not recognised', async () => {
    const tried: string[] = [];
    const signedIn: Session[] = [];
    render(
      <SignInForm signIn={signInWith('good', tried)} devKeys={[]} onSignedIn={(s) => signedIn.push(s)} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert').textContent).toContain('Enter your API key');
    expect(tried).toEqual([]);

    await user.type(screen.getByLabelText('API key'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(document.getElementById('apiKey-error')?.textContent).toContain('was not recognised'),
    );
    expect(signedIn).toEqual([]);
    expect(screen.queryByText('Development sign-in')).toBeNull();
  });

  it('offers the development keys when the server has them', async () => {
    const tried: string[] = [];
    const signedIn: Session[] = [];
    render(
      <SignInForm
        signIn={signInWith('dev-officer', tried)}
        devKeys={[{ key: 'dev-officer', role: 'officer', name: 'Development officer' }]}
        onSignedIn={(s) => signedIn.push(s)}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in as Development officer' }));
    await waitFor(() => expect(signedIn).toEqual([OFFICER]));
    expect(tried).toEqual(['dev-officer']);
  });

  it('offers the council account when the server signs in through it, without the key form', () => {
    render(
      <SignInForm
        signIn={signInWith('x', [])}
        devKeys={[]}
        onSignedIn={() => undefined}
        singleSignOn
        keyForm={false}
      />,
    );
    const link = screen.getByRole('button', { name: 'Sign in with your council account' });
    expect(link.getAttribute('href')).toBe('/auth/login');
    expect(screen.queryByLabelText('API key')).toBeNull();
  });
});
