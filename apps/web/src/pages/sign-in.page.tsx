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
  const from = (location.state as { from?: string } | null)?.from;
  const done = (s: Session) =>
    void navigate(from && from !== '/sign-in' ? from : homeOf(s), { replace: true });
  // With single sign-on, keys are pasted only on a development server (DEV_KEYS on).
  const requestLink = async (email: string) =>
    (
      await new ApiClient(null).json<{ message: string }>('/auth/email-link', {
        method: 'POST',
        body: { email },
      })
    ).message;
  return (
    <>
      <SignInForm
        signIn={signIn}
        devKeys={devKeys}
        onSignedIn={done}
        singleSignOn={settings.singleSignOn}
        keyForm={!settings.singleSignOn || settings.devSignIn}
      />
      <EmailLinkForm requestLink={requestLink} />
    </>
  );
}
