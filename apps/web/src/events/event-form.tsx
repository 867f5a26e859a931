import type { FeatureCollection } from 'geojson';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-client';
import type { EventBody, Plan } from '../api/types';
import { CONTACT_FIELD_MAP, CONTACT_LABELS, ContactFields } from '../components/contact-fields';
import { ErrorSummary } from '../components/error-summary';
import { Button, Checkbox, Radios, Select, TextArea, TextInput } from '../components/fields';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../components/form-errors';
import { divisionNames, type LonLat } from '../map/geo.util';
import type { PlaceLookup } from '../map/place-search';
import { draftProblems, draftToBody, emptyDraft, type EventDraft } from './event-draft';
import { specOf, type CouncilChoices, type KindFieldSpec, type KindSpec } from './event-kinds';
import { LocationPicker } from './location-picker';
import { PlanPreview } from './plan-preview';

export interface EventFormProps {
  /** The kinds the council recognises, as its rules word them. */
  readonly kinds: readonly KindSpec[];
  /** The bodies and roles the council's rules name, and its words for its whole area. */
  readonly council: CouncilChoices;
  readonly divisions: FeatureCollection | null;
  readonly initial?: EventDraft;
  /** An edit cannot change the kind. */
  readonly kindLocked?: boolean;
  readonly submitLabel: string;
  /** Edits ask what changed, for the members' e-mail. */
  readonly askChangeNote?: boolean;
  readonly onPreview: (body: EventBody, signal: AbortSignal) => Promise<Plan>;
  /** Throws ApiError when the API refuses; its field errors are shown beside the fields. */
  readonly onSubmit: (body: EventBody, changeNote: string) => Promise<void>;
  readonly lookupPostcode: (code: string) => Promise<LonLat>;
  readonly lookupPlace: PlaceLookup;
  readonly basemap?: { url: string; attribution: string | null } | null;
  /** What happens when the contact is left empty, in words for the person registering. */
  readonly contactFallback: string;
  /** Milliseconds to wait after the last change before previewing. */
  readonly previewDelay?: number;
}

// Fields the form shows, in page order: the error summary lists problems in this order.
const FORM_FIELDS = [
  'kind',
  'title',
  'description',
  'venue',
  'contactName',
  'contactEmail',
  'contactPhone',
  'link',
  'service',
  'opensAt',
  'closesAt',
  'respondBy',
  'body',
  'startsAt',
  'endsAt',
  'portfolio',
  'servesAdjoining',
  'controversial',
  'individualServiceComplaint',
  'major',
  'location',
  'divisions',
  'postcode',
  'easting',
  'northing',
  'issueElsewhere',
  'affectedArea',
  'issue-postcode',
  'issue-easting',
  'issue-northing',
  'topics',
  'notifyAdjoining',
  'escalate',
  'changeNote',
];

// API field names that the form shows under another input.
const API_FIELDS: Record<string, string> = {
  geometry: 'location',
  crs: 'location',
  countywide: 'location',
  id: 'title',
  event: 'kind',
  ...CONTACT_FIELD_MAP,
};

/** How the error summary names the fields the form has for every kind, and the place's. */
const LABELS: Record<string, string> = {
  kind: 'Kind of event',
  title: 'Title',
  location: 'Where it happens',
  divisions: 'Divisions',
  postcode: 'Postcode',
  easting: 'Easting',
  northing: 'Northing',
  topics: 'Topics',
  escalate: 'Also tell',
  description: 'Description',
  venue: 'Venue',
  ...CONTACT_LABELS,
  link: 'More information (web address)',
  notifyAdjoining: 'Adjoining divisions',
  changeNote: 'What changed',
};

const ordered = (items: FormErrors['items']) =>
  [...items].sort((a, b) => FORM_FIELDS.indexOf(a.field) - FORM_FIELDS.indexOf(b.field));

function hasArea(b: EventBody): boolean {
  return Boolean(b.location || b.divisions?.length || b.countywide);
}

/** Register or edit an event: the kind's own fields, the place, and a live preview of who is told. */
export function EventForm(p: EventFormProps) {
  const [draft, setDraft] = useState<EventDraft>(() => p.initial ?? emptyDraft());
  const [changeNote, setChangeNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [previewProblem, setPreviewProblem] = useState<string[] | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const names = useMemo(() => divisionNames(p.divisions), [p.divisions]);
  const spec = specOf(p.kinds, draft.kind);
  // The summary names a kind's own fields as the form labels them for that kind ("When it starts").
  const labels = { ...LABELS, ...Object.fromEntries((spec?.fields ?? []).map((f) => [f.key, f.label])) };
  const body = useMemo(() => draftToBody(draft, spec), [draft, spec]);
  const bodyKey = JSON.stringify(body);
  const onPreview = useRef(p.onPreview);
  onPreview.current = p.onPreview;

  const update = (patch: Partial<EventDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // Live preview: once there is a kind and a place, ask the API who would be told.
  useEffect(() => {
    if (!body.kind || !hasArea(body)) {
      setPlan(null);
      setPreviewProblem(null);
      return;
    }
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      setPreviewing(true);
      onPreview
        .current({ ...body, title: body.title || 'Untitled event' }, ctl.signal)
        .then((pl) => {
          setPlan(pl);
          setPreviewProblem(null);
        })
        .catch((e: unknown) => {
          if (ctl.signal.aborted) return;
          setPlan(null);
          setPreviewProblem(
            e instanceof ApiError && e.errors.length
              ? e.errors.map((x) => `${x.field}: ${x.message}`)
              : [e instanceof Error ? e.message : 'The preview could not be made'],
          );
        })
        .finally(() => !ctl.signal.aborted && setPreviewing(false));
    }, p.previewDelay ?? 500);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
    // bodyKey stands for body: the preview runs again only when the body really changes.
  }, [bodyKey, p.previewDelay]);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const problems = draftProblems(draft, spec);
    if (problems.length) {
      setErrors({ message: '', items: ordered(problems) });
      return;
    }
    setSubmitting(true);
    try {
      await p.onSubmit(body, changeNote.trim());
      setErrors(NO_ERRORS);
    } catch (e) {
      const f = formErrorsFrom(e, FORM_FIELDS, API_FIELDS, 'title');
      setErrors({ ...f, items: ordered(f.items) });
    } finally {
      setSubmitting(false);
    }
  };

  const kindField = (f: KindFieldSpec) => {
    const common = { id: f.key, label: f.label, hint: f.hint, error: errorFor(errors, f.key) };
    switch (f.key) {
      case 'startsAt':
      case 'endsAt':
      case 'opensAt':
      case 'closesAt':
      case 'respondBy':
        return (
          <TextInput
            key={f.key}
            {...common}
            type="datetime-local"
            value={draft[f.key]}
            onChange={(v) => update({ [f.key]: v })}
          />
        );
      case 'body':
        return (
          <Select
            key={f.key}
            {...common}
            value={draft.body}
            onChange={(v) => update({ body: v })}
            options={[{ value: '', label: 'Choose a body' }, ...p.council.bodies]}
          />
        );
      case 'portfolio':
      case 'service':
        return (
          <TextInput
            key={f.key}
            {...common}
            value={draft[f.key]}
            onChange={(v) => update({ [f.key]: v })}
            width="20"
          />
        );
      case 'servesAdjoining':
      case 'controversial':
      case 'individualServiceComplaint':
      case 'major':
        return (
          <Checkbox key={f.key} {...common} checked={draft[f.key]} onChange={(v) => update({ [f.key]: v })} />
        );
    }
  };

  // What both place pickers (the venue, and the area a meeting is about) share.
  const pickerProps = {
    divisions: p.divisions,
    names,
    errors,
    plan,
    lookupPostcode: p.lookupPostcode,
    lookupPlace: p.lookupPlace,
    basemap: p.basemap ?? null,
    wholeArea: p.council.wholeArea,
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} labels={labels} />
      <Select
        id="kind"
        label="Kind of event"
        hint={spec?.hint ?? 'The form then asks only for what the protocol needs for that kind.'}
        value={draft.kind}
        onChange={(kind) => update({ kind })}
        error={errorFor(errors, 'kind')}
        options={[
          { value: '', label: 'Choose the kind of event' },
          ...p.kinds
            .filter((k) => !p.kindLocked || k.kind === draft.kind)
            .map((k) => ({
              value: k.kind,
              label: k.label,
            })),
        ]}
      />
      <TextInput
        id="title"
        label="Title"
        hint="Members see this as the subject of the e-mail"
        value={draft.title}
        onChange={(title) => update({ title })}
        error={errorFor(errors, 'title')}
      />
      <TextArea
        id="description"
        label="Description (optional)"
        value={draft.description}
        onChange={(description) => update({ description })}
        error={errorFor(errors, 'description')}
        rows={3}
      />
      <TextInput
        id="venue"
        label="Venue (optional)"
        hint='The place as people know it, for example "Oadby Library, Sandhurst Street"'
        value={draft.venue}
        onChange={(venue) => update({ venue })}
        error={errorFor(errors, 'venue')}
      />
      <ContactFields
        legend="Who should members contact?"
        hint={<>Replies to the alert reach this person. {p.contactFallback}</>}
        value={draft}
        onChange={update}
        errors={errors}
      />
      <TextInput
        id="link"
        label="More information (web address, optional)"
        hint="Starting https://"
        type="url"
        value={draft.link}
        onChange={(link) => update({ link })}
        error={errorFor(errors, 'link')}
        spellCheck={false}
      />
      {spec && spec.fields.length > 0 && <div data-testid="kind-fields">{spec.fields.map(kindField)}</div>}

      <LocationPicker area={draft.area} onChange={(area) => update({ area })} {...pickerProps} />

      {spec?.issueArea && (
        <>
          <Checkbox
            id="issueElsewhere"
            label="The meeting is about somewhere else"
            hint={spec.issueArea.hint}
            checked={draft.issueElsewhere}
            onChange={(issueElsewhere) => update({ issueElsewhere })}
            error={errorFor(errors, 'issueElsewhere')}
          />
          {draft.issueElsewhere && (
            <LocationPicker
              idPrefix="issue-"
              heading="The area the meeting is about"
              hint="Draw it, or give a postcode or grid reference in it. Its members are invited, rather than the venue's."
              modes={['map', 'postcode', 'bng']}
              errorField="affectedArea"
              area={draft.issueArea}
              onChange={(issueArea) => update({ issueArea })}
              {...pickerProps}
            />
          )}
        </>
      )}

      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            More options: topics, adjoining divisions, escalation
          </span>
        </summary>
        <div className="govuk-details__text">
          <TextInput
            id="topics"
            label="Topics (optional)"
            hint="§34: members who registered an interest in a topic are told. Separate topics with commas."
            value={draft.topics}
            onChange={(topics) => update({ topics })}
            error={errorFor(errors, 'topics')}
          />
          <Radios
            id="notifyAdjoining"
            label="Members for adjoining divisions"
            value={draft.notifyAdjoining}
            onChange={(notifyAdjoining) => update({ notifyAdjoining })}
            error={errorFor(errors, 'notifyAdjoining')}
            small
            options={[
              { value: 'protocol', label: 'As the protocol says for this kind' },
              { value: 'yes', label: 'Tell them too' },
              { value: 'no', label: 'Do not tell them' },
            ]}
          />
          <div className="govuk-form-group" id="escalate" tabIndex={-1}>
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                Also tell{p.council.escalationParagraph ? ` (§${p.council.escalationParagraph})` : ''}
              </legend>
              {errorFor(errors, 'escalate') && (
                <p className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errorFor(errors, 'escalate')}
                </p>
              )}
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {p.council.roles.map((r) => (
                  <div className="govuk-checkboxes__item" key={r.value}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`escalate-${r.value}`}
                      type="checkbox"
                      checked={draft.escalate.includes(r.value)}
                      onChange={(e) =>
                        update({
                          escalate: e.target.checked
                            ? [...draft.escalate, r.value]
                            : draft.escalate.filter((x) => x !== r.value),
                        })
                      }
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`escalate-${r.value}`}>
                      {r.label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </div>
      </details>

      <section aria-labelledby="preview-heading" aria-live="polite" aria-busy={previewing}>
        <h2 className="govuk-heading-m" id="preview-heading">
          Who will be told
        </h2>
        {!plan && !previewProblem && (
          <p className="govuk-body">
            Choose the kind of event and where it happens to see who will be told, and why.
          </p>
        )}
        {previewProblem && (
          <div className="govuk-inset-text" data-testid="preview-problem">
            The preview needs more information:
            <ul className="govuk-list govuk-list--bullet">
              {previewProblem.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        {plan && <PlanPreview plan={plan} />}
      </section>

      {p.askChangeNote && (
        <TextInput
          id="changeNote"
          label="What changed (optional)"
          hint="Members see this at the top of the e-mail about the change"
          value={changeNote}
          onChange={setChangeNote}
          error={errorFor(errors, 'changeNote')}
        />
      )}
      <Button type="submit" disabled={submitting}>
        {p.submitLabel}
      </Button>
    </form>
  );
}
