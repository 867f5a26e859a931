import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiClient } from '../api/api-client';
import type { Session } from '../api/types';
import { homeOf } from '../app-routes';
import { EmailLinkForm } from '../auth/email-link-form';
import { SignInForm, type DevKey } from '../auth/sign-in-form';
import { useSession } from '../auth/session-context';
import { usePageTitle } from '../components/use-page-title';

export function SignInPage() {
  usePageTitle('Sign in');
  const { signIn, settings } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [devKeys, setDevKeys] = useState<DevKey[]>([]);
  useEffect(() => {
    if (!settings.devSignIn) return;
    new ApiClient(null)
      .json<{ keys: DevKey[] }>('/auth/dev-keys')
      .then((r) => setDevKeys(r.keys))
      .catch(() => setDevKeys([]));
  }, [settings.devSignIn]);
  const asked = (location.state as { from?: string } | null)?.from;
  const from = asked && asked !== '/sign-in' ? asked : undefined;
  // Single sign-on and the e-mail link leave the console: the server brings the person back here.
  const returnTo = from ? `/app${from}` : undefined;
  const done = (s: Session) => void navigate(from ?? homeOf(s), { replace: true });
  // With single sign-on, keys are pasted only on a development server (DEV_KEYS on).
  const requestLink = async (email: string) =>
    (
      await new ApiClient(null).json<{ message: string }>('/auth/email-link', {
        method: 'POST',
        body: returnTo ? { email, returnTo } : { email },
      })
    ).message;
  return (
    <>
      <SignInForm
        signIn={signIn}
        devKeys={devKeys}
        onSignedIn={done}
        singleSignOn={settings.singleSignOn}
        {...(returnTo ? { returnTo } : {})}
        keyForm={!settings.singleSignOn || settings.devSignIn}
      />
      <EmailLinkForm requestLink={requestLink} />
    </>
  );
}
