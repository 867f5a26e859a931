import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Button, TextInput } from '../components/fields';
import { errorFor, NO_ERRORS, type FormErrors } from '../components/form-errors';

/**
 * For councillors whose e-mail is not the council's: a sign-in link sent to their address. The
 * server answers alike for any address, so the page says only what will happen if it is known.
 */
export function EmailLinkForm({ requestLink }: { requestLink: (email: string) => Promise<string> }) {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setErrors({
        message: '',
        items: [{ field: 'email', message: 'Enter your e-mail address, like jo.bloggs@example.org' }],
      });
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    requestLink(email.trim())
      .then(setSent, (e: unknown) =>
        setErrors({
          message: '',
          items: [{ field: 'email', message: e instanceof Error ? e.message : 'The link could not be sent' }],
        }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="email-link-heading">
      <h2 className="govuk-heading-m" id="email-link-heading">
        Sign in with a link by e-mail
      </h2>
      <ErrorSummary errors={errors} />
      {sent ? (
        <p className="govuk-body" role="status">
          {sent}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <TextInput
            id="email"
            label="Your e-mail address"
            hint="The address the council has for you, if you do not use a council account"
            type="email"
            value={email}
            onChange={setEmail}
            error={errorFor(errors, 'email')}
            autoComplete="email"
            spellCheck={false}
          />
          <Button type="submit" secondary disabled={busy}>
            Send me a sign-in link
          </Button>
        </form>
      )}
    </section>
  );
}
