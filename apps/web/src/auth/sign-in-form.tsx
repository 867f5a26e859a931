import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-client';
import type { Session } from '../api/types';
import { ErrorSummary } from '../components/error-summary';
import { Button, TextInput } from '../components/fields';
import { errorFor, NO_ERRORS, type FormErrors } from '../components/form-errors';

export interface DevKey {
  key: string;
  role: string;
  name: string;
}

/**
 * Sign in with the council account (single sign-on) when the server has it; with an API key when it
 * has not, or on a development server, where the seeded people's keys are offered too.
 */
export function SignInForm({
  signIn,
  devKeys,
  onSignedIn,
  singleSignOn = false,
  keyForm = true,
  returnTo,
}: {
  signIn: (key: string) => Promise<Session>;
  devKeys: readonly DevKey[];
  onSignedIn: (s: Session) => void;
  singleSignOn?: boolean;
  keyForm?: boolean;
  /** The console page to come back to after single sign-on. */
  returnTo?: string;
}) {
  const [key, setKey] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const attempt = async (candidate: string) => {
    setBusy(true);
    try {
      onSignedIn(await signIn(candidate));
    } catch (e) {
      const message =
        e instanceof ApiError && e.status === 401
          ? 'The API key was not recognised. Check it and try again, or ask democratic services for a new one'
          : e instanceof Error
            ? e.message
            : 'Sign-in failed';
      setErrors({ message: '', items: [{ field: 'apiKey', message }] });
    } finally {
      setBusy(false);
    }
  };

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!key.trim()) {
      setErrors({ message: '', items: [{ field: 'apiKey', message: 'Enter your API key' }] });
      return;
    }
    void attempt(key.trim());
  };

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Sign in to Member Alerts</h1>
      {singleSignOn && (
        <>
          <p className="govuk-body">Sign in with your council account, as you do for e-mail.</p>
          {/* A full page load: the council's sign-in page is on another site. */}
          <a
            href={returnTo ? `/auth/login?returnTo=${encodeURIComponent(returnTo)}` : '/auth/login'}
            role="button"
            draggable="false"
            className="govuk-button govuk-button--start"
          >
            Sign in with your council account
          </a>
        </>
      )}
      {keyForm && (
        <form onSubmit={submit} noValidate>
          <TextInput
            id="apiKey"
            label="API key"
            hint="Democratic services give each officer and member a key"
            type="password"
            value={key}
            onChange={setKey}
            error={errorFor(errors, 'apiKey')}
            autoComplete="current-password"
            spellCheck={false}
          />
          <Button type="submit" disabled={busy}>
            Sign in
          </Button>
        </form>
      )}
      {devKeys.length > 0 && (
        <section aria-labelledby="dev-heading">
          <h2 className="govuk-heading-m" id="dev-heading">
            Development sign-in
          </h2>
          <p className="govuk-body">
            This server runs with development keys for the seeded sample council's people. They never exist in
            production.
          </p>
          <ul className="govuk-list">
            {devKeys.map((k) => (
              <li key={k.key}>
                <Button secondary onClick={() => void attempt(k.key)} disabled={busy}>
                  Sign in as {k.name}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
