import { plural } from '@member-alerts/protocol/wording';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { MemberRecord } from '../api/types';
import { useSession } from '../auth/session-context';
import { Button, TextInput } from '../components/fields';
import { useLoad } from '../components/use-load';
import { dateInWords, STATUS_WORDS } from '../components/wording';
import { useCouncilWords } from '../components/council-words';
import { TableHead } from '../components/table-head';

/** A councillor's own record over a period (the last full quarter unless chosen): what, when, acknowledged. */
export function MyRecord() {
  const words = useCouncilWords();
  const { api } = useSession();
  const [asked, setAsked] = useState({ from: '', to: '' });
  const [form, setForm] = useState(asked);
  const record = useLoad(
    (signal) => api.json<MemberRecord>('/members/me/record', { signal, query: asked }),
    [api, asked.from, asked.to],
  );
  const r = record.data;
  const show = (ev: FormEvent) => {
    ev.preventDefault();
    setAsked({ from: form.from || r?.period.from || '', to: form.to || r?.period.to || '' });
  };
  return (
    <section aria-labelledby="my-record" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="my-record">
        My record
      </h2>
      <form onSubmit={show} aria-label="Choose the period of your record" className="app-filters">
        <TextInput
          id="record-from"
          label="From"
          type="date"
          value={form.from || r?.period.from || ''}
          onChange={(from) => setForm({ ...form, from })}
        />
        <TextInput
          id="record-to"
          label="To"
          type="date"
          value={form.to || r?.period.to || ''}
          onChange={(to) => setForm({ ...form, to })}
        />
        <Button type="submit" secondary>
          Show my record
        </Button>
      </form>
      {record.error && (
        <p className="govuk-error-message" role="alert">
          {record.error}
        </p>
      )}
      {r && (
        <>
          <p className="govuk-body" role="status" data-testid="record-summary">
            From {r.period.words}: {plural(r.total, 'alert')} to you, {r.delivered} delivered,{' '}
            {r.acknowledged} acknowledged.
          </p>
          {r.alerts.length > 0 && (
            <div className="app-table-wrap">
              <table className="govuk-table">
                <caption className="govuk-visually-hidden">Your alerts in the period, newest first</caption>
                <TableHead columns={['Event', 'Told', 'Acknowledged']} />
                <tbody className="govuk-table__body">
                  {r.alerts.map((a) => (
                    <tr key={a.id} className="govuk-table__row">
                      <td className="govuk-table__cell">
                        <Link className="govuk-link" to={`/events/${a.eventId}`}>
                          {a.title}
                        </Link>
                        <br />
                        <span className="govuk-body-s">{words.kindLabel(a.kind)}</span>
                      </td>
                      <td className="govuk-table__cell">
                        {a.sentAt ? dateInWords(a.sentAt) : STATUS_WORDS[a.status]}
                      </td>
                      <td className="govuk-table__cell">{dateInWords(a.acknowledgedAt, 'Not yet')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
