import { plural } from '@member-alerts/protocol/wording';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, type ApiClient } from '../api/api-client';
import type { PolicyPreview, PreviewPerson, RevisionListing, RulesInWords } from '../api/types';
import { Button, ErrorMessage, TextInput } from '../components/fields';
import { ErrorSummary } from '../components/error-summary';
import { NO_ERRORS, type FormErrors } from '../components/form-errors';
import { readFileText } from '../components/read-file';
import { SuccessBanner } from '../components/success-banner';
import { dateTime, dayInWords, reasonText } from '../components/wording';
import { useCouncilWords } from '../components/council-words';
import { RulesTables } from './rules-tables';

const YAML = 'application/yaml';

/** The API's problems with a file, each with its line and key, as sentences. */
function fileErrors(e: unknown): FormErrors {
  if (!(e instanceof ApiError)) return { message: e instanceof Error ? e.message : 'try again', items: [] };
  if (e.errors.length === 0) return { message: e.message, items: [] };
  return {
    message: '',
    items: e.errors.map((p) => {
      const line = /^line (\d+): (.*)$/s.exec(p.message);
      const where = line ? `Line ${line[1]}, ${p.field}` : p.field;
      return {
        field: p.field === 'inForceFrom' ? 'inForceFrom' : 'policyFile',
        message: `${where}: ${line?.[2] ?? p.message}`,
      };
    }),
  };
}

function People({ heading, people }: { heading: string; people: readonly PreviewPerson[] | undefined }) {
  const words = useCouncilWords();
  if (!people?.length) return null;
  return (
    <>
      <h4 className="govuk-heading-s">{heading}</h4>
      <ul className="govuk-list govuk-list--bullet">
        {people.map((p) => (
          <li key={p.id}>
            {p.name}
            {p.division ? ` (${p.division})` : ''}: {p.reasons.map((r) => reasonText(r, words)).join('; ')}
          </li>
        ))}
      </ul>
    </>
  );
}

/** What the file would change for the events of the last 90 days. */
function PreviewList({ preview }: { preview: PolicyPreview }) {
  const words = useCouncilWords();
  return (
    <section aria-labelledby="preview-heading" data-testid="policy-preview">
      <h3 className="govuk-heading-m" id="preview-heading">
        What it would change
      </h3>
      <p className="govuk-body">
        {plural(preview.checked, 'event')} registered since {dateTime(preview.from)} planned again under this
        file, with today's members and boundaries: {plural(preview.events.length, 'event')} would change,{' '}
        {preview.unchanged} would not.
        {preview.more ? ' Only the newest were planned again.' : ''} Events already registered keep the rules
        they were planned under; this shows what the new rules would do to events like them.
      </p>
      {preview.events.map((e) => (
        <div key={e.id} className="app-preview-event">
          <h4 className="govuk-heading-s">
            <Link className="govuk-link" to={`/events/${e.id}`}>
              {e.title}
            </Link>
          </h4>
          <p className="govuk-body-s">
            {words.kindLabel(e.kind)}, registered {dateTime(e.registeredAt)} under revision {e.revision}
          </p>
          {e.refused && <p className="govuk-body">{e.refused}</p>}
          {e.timing && <p className="govuk-body">{e.timing}.</p>}
          {e.excluded?.map((x, i) => (
            <p className="govuk-body" key={i}>
              Nobody would be told: {x}
            </p>
          ))}
          <People heading="Would be told as well" people={e.added} />
          <People heading="Would no longer be told" people={e.dropped} />
          <People heading="Told for other reasons" people={e.reasonsChanged} />
        </div>
      ))}
    </section>
  );
}

/**
 * Democratic services revise the rules: upload a file, read its problems or its rules in words,
 * see what it would change for recent events, and publish it from a date.
 */
export function ReviseRules({ api, onPublished }: { api: ApiClient; onPublished: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [checked, setChecked] = useState<(RulesInWords & { inForceFrom: string }) | null>(null);
  const [preview, setPreview] = useState<PolicyPreview | null>(null);
  const [inForceFrom, setInForceFrom] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState('');

  const check = async (ev: FormEvent) => {
    ev.preventDefault();
    setPublished('');
    setChecked(null);
    setPreview(null);
    if (!file) {
      setErrors({
        message: '',
        items: [{ field: 'policyFile', message: 'Choose the policy file to check' }],
      });
      return;
    }
    setBusy(true);
    try {
      const body = await readFileText(file);
      const rules = await api.json<RulesInWords & { inForceFrom: string }>('/policy/check', {
        method: 'POST',
        body,
        contentType: YAML,
      });
      setPreview(
        await api.json<PolicyPreview>('/policy/preview', { method: 'POST', body, contentType: YAML }),
      );
      setText(body);
      setChecked(rules);
      setErrors(NO_ERRORS);
    } catch (e) {
      setErrors(fileErrors(e));
    } finally {
      setBusy(false);
    }
  };

  const publish = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!text) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(inForceFrom)) {
      setErrors({
        message: '',
        items: [{ field: 'inForceFrom', message: 'Enter the day the new rules take effect' }],
      });
      return;
    }
    setBusy(true);
    try {
      const r = await api.json<RevisionListing>('/policy/revisions', {
        method: 'POST',
        query: { inForceFrom },
        body: text,
        contentType: YAML,
      });
      setPublished(`Revision ${r.number} is published. It takes effect on ${dayInWords(r.inForceFrom)}.`);
      setChecked(null);
      setPreview(null);
      setText(null);
      setErrors(NO_ERRORS);
      onPublished();
    } catch (e) {
      setErrors(fileErrors(e));
    } finally {
      setBusy(false);
    }
  };

  const fileError = errors.items.filter((i) => i.field === 'policyFile').map((i) => i.message);
  return (
    <section aria-labelledby="revise-heading" className="app-print-hidden" data-testid="revise-rules">
      <h2 className="govuk-heading-l" id="revise-heading">
        Revise the rules
      </h2>
      {published && <SuccessBanner key={published} testId="rules-published" heading={published} />}
      <ErrorSummary errors={errors} labels={{ policyFile: 'Policy file', inForceFrom: 'Takes effect on' }} />
      <form onSubmit={(e) => void check(e)} noValidate>
        <div className={`govuk-form-group${fileError.length ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="policyFile">
            Policy file
          </label>
          <div className="govuk-hint" id="policyFile-hint">
            The council's rules as one YAML (or JSON) file. Download the revision in force above to start from
            it. Nothing changes until you publish.
          </div>
          <ErrorMessage id="policyFile" error={fileError.length ? fileError.join(' ') : undefined} />
          <input
            className={`govuk-file-upload${fileError.length ? ' govuk-file-upload--error' : ''}`}
            id="policyFile"
            type="file"
            accept=".yaml,.yml,.json,application/yaml,application/json"
            aria-describedby="policyFile-hint"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <Button type="submit" disabled={busy}>
          Check the file and preview it
        </Button>
      </form>
      {checked && preview && (
        <>
          <div className="govuk-inset-text" data-testid="policy-checked">
            The file has no problems: {checked.council}, {plural(checked.kinds.length, 'kind')} of event,{' '}
            {plural(
              checked.choices.length,
              "rule that is the council's own choice",
              "rules that are the council's own choices",
            )}
            .
          </div>
          <PreviewList preview={preview} />
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">The new rules in words</span>
            </summary>
            <div className="govuk-details__text">
              <RulesTables rules={checked} headingLevel={3} />
            </div>
          </details>
          <form onSubmit={(e) => void publish(e)} noValidate>
            <h3 className="govuk-heading-m">Publish</h3>
            <TextInput
              id="inForceFrom"
              label="Takes effect on"
              hint="Today or later. Events registered before then keep the rules they were planned under."
              type="date"
              value={inForceFrom}
              onChange={setInForceFrom}
              error={errors.items.find((i) => i.field === 'inForceFrom')?.message}
            />
            <Button type="submit" disabled={busy}>
              Publish these rules
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
