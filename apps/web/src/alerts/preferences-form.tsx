import { useState, type FormEvent } from 'react';
import type { Preferences, PreferencesChange } from '../api/types';
import { clockInWords } from '@member-alerts/protocol/wording';
import { ErrorSummary } from '../components/error-summary';
import { dateInWords } from '../components/wording';
import { Button, Checkbox, TextInput } from '../components/fields';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../components/form-errors';

const FIELDS = ['quietHoursStart', 'quietHoursEnd', 'digest', 'mobile'];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Quiet hours and the daily digest. Urgent alerts (the council's rules say which) ignore both. */
export function PreferencesForm({
  initial,
  onSave,
}: {
  initial: Preferences;
  onSave: (p: PreferencesChange) => Promise<Preferences>;
}) {
  const [start, setStart] = useState(initial.quietHoursStart ?? '');
  const [end, setEnd] = useState(initial.quietHoursEnd ?? '');
  const [digest, setDigest] = useState(initial.digest);
  const [mobile, setMobile] = useState(initial.mobile ?? '');
  const [failedAt, setFailedAt] = useState(initial.mobileFailedAt);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(false);
    const items: { field: string; message: string }[] = [];
    if (start && !CLOCK.test(start))
      items.push({ field: 'quietHoursStart', message: 'Enter a time like 22:00' });
    if (end && !CLOCK.test(end)) items.push({ field: 'quietHoursEnd', message: 'Enter a time like 07:00' });
    if (Boolean(start) !== Boolean(end))
      items.push({
        field: start ? 'quietHoursEnd' : 'quietHoursStart',
        message: 'Enter both ends of the quiet hours, or neither',
      });
    if (items.length) {
      setErrors({ message: '', items });
      return;
    }
    try {
      const p = await onSave({
        quietHoursStart: start || null,
        quietHoursEnd: end || null,
        digest,
        mobile: mobile.trim() || null,
      });
      setStart(p.quietHoursStart ?? '');
      setEnd(p.quietHoursEnd ?? '');
      setDigest(p.digest);
      setMobile(p.mobile ?? '');
      setFailedAt(p.mobileFailedAt);
      setErrors(NO_ERRORS);
      setSaved(true);
    } catch (e) {
      setErrors(formErrorsFrom(e, FIELDS));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} />
      {saved && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">Your preferences are saved</p>
          </div>
        </div>
      )}
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">Quiet hours</h2>
        </legend>
        <p className="govuk-hint">
          Non-urgent alerts that arrive in these hours wait until they end. London time. Leave both empty for
          no quiet hours.
        </p>
        <div className="app-inline-buttons">
          <TextInput
            id="quietHoursStart"
            label="From"
            hint="For example 22:00"
            type="time"
            value={start}
            onChange={setStart}
            error={errorFor(errors, 'quietHoursStart')}
            width="5"
          />
          <TextInput
            id="quietHoursEnd"
            label="To"
            hint="For example 07:00"
            type="time"
            value={end}
            onChange={setEnd}
            error={errorFor(errors, 'quietHoursEnd')}
            width="5"
          />
        </div>
      </fieldset>
      <h2 className="govuk-heading-m">Daily digest</h2>
      <Checkbox
        id="digest"
        label={`Send non-urgent alerts together in one e-mail each day${initial.digestAt ? ` at ${clockInWords(initial.digestAt) ?? initial.digestAt}` : ''}`}
        hint="Major incidents, press enquiries and invitations with a closing date always come at once."
        checked={digest}
        onChange={setDigest}
        error={errorFor(errors, 'digest')}
      />
      <h2 className="govuk-heading-m">Texts</h2>
      {failedAt && (
        <p className="govuk-body govuk-!-font-weight-bold" data-testid="mobile-failed">
          Texts to this number could not be delivered on {dateInWords(failedAt)}. Check it, or enter another.
        </p>
      )}
      <TextInput
        id="mobile"
        label="Mobile number (optional)"
        hint="The council sends some alerts, such as major incidents, by text as well as by e-mail. A UK mobile number, for example 07700 900123. Leave it empty for e-mail only."
        type="tel"
        autoComplete="tel"
        value={mobile}
        onChange={setMobile}
        error={errorFor(errors, 'mobile')}
        width="20"
      />
      <Button type="submit">Save preferences</Button>
    </form>
  );
}
