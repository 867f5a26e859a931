import type { ChangeEvent, ReactNode } from 'react';

interface Common {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ id, hint, className = '' }: { id: string; hint?: ReactNode; className?: string }) {
  return hint ? (
    <div id={`${id}-hint`} className={`govuk-hint${className}`}>
      {hint}
    </div>
  ) : null;
}

export function ErrorMessage({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

const group = (error: unknown) => `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;

export function TextInput(
  p: Common & {
    readonly value: string;
    readonly onChange: (v: string) => void;
    readonly type?:
      | 'text'
      | 'email'
      | 'password'
      | 'date'
      | 'datetime-local'
      | 'time'
      | 'number'
      | 'search'
      | 'url'
      | 'tel';
    readonly width?: '2' | '3' | '4' | '5' | '10' | '20' | '30';
    readonly autoComplete?: string;
    readonly spellCheck?: boolean;
    readonly inputMode?: 'numeric' | 'decimal' | 'text';
  },
) {
  return (
    <div className={group(p.error)}>
      <label className="govuk-label govuk-label--s" htmlFor={p.id}>
        {p.label}
      </label>
      <Hint id={p.id} hint={p.hint} />
      <ErrorMessage id={p.id} error={p.error} />
      <input
        id={p.id}
        name={p.id}
        type={p.type ?? 'text'}
        className={`govuk-input${p.width ? ` govuk-input--width-${p.width}` : ''}${p.error ? ' govuk-input--error' : ''}`}
        value={p.value}
        onChange={(e: ChangeEvent<HTMLInputElement>) => p.onChange(e.target.value)}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        {...(p.autoComplete ? { autoComplete: p.autoComplete } : {})}
        {...(p.spellCheck !== undefined ? { spellCheck: p.spellCheck } : {})}
        {...(p.inputMode ? { inputMode: p.inputMode } : {})}
      />
    </div>
  );
}

export function TextArea(
  p: Common & { readonly value: string; readonly onChange: (v: string) => void; readonly rows?: number },
) {
  return (
    <div className={group(p.error)}>
      <label className="govuk-label govuk-label--s" htmlFor={p.id}>
        {p.label}
      </label>
      <Hint id={p.id} hint={p.hint} />
      <ErrorMessage id={p.id} error={p.error} />
      <textarea
        id={p.id}
        name={p.id}
        rows={p.rows ?? 4}
        className={`govuk-textarea${p.error ? ' govuk-textarea--error' : ''}`}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
      />
    </div>
  );
}

export function Select(
  p: Common & {
    readonly value: string;
    readonly onChange: (v: string) => void;
    readonly options: readonly { readonly value: string; readonly label: string }[];
  },
) {
  return (
    <div className={group(p.error)}>
      <label className="govuk-label govuk-label--s" htmlFor={p.id}>
        {p.label}
      </label>
      <Hint id={p.id} hint={p.hint} />
      <ErrorMessage id={p.id} error={p.error} />
      <select
        id={p.id}
        name={p.id}
        className={`govuk-select${p.error ? ' govuk-select--error' : ''}`}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One yes/no question as a single GOV.UK checkbox. */
export function Checkbox(p: Common & { readonly checked: boolean; readonly onChange: (v: boolean) => void }) {
  return (
    <div className={group(p.error)}>
      <ErrorMessage id={p.id} error={p.error} />
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={p.id}
            name={p.id}
            type="checkbox"
            checked={p.checked}
            onChange={(e) => p.onChange(e.target.checked)}
            aria-describedby={describedBy(p.id, p.hint, p.error)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={p.id}>
            {p.label}
          </label>
          <Hint id={p.id} hint={p.hint} className=" govuk-checkboxes__hint" />
        </div>
      </div>
    </div>
  );
}

export function Radios<T extends string>(
  p: Common & {
    readonly value: T;
    readonly onChange: (v: T) => void;
    readonly options: readonly { readonly value: T; readonly label: string; readonly hint?: string }[];
    readonly inline?: boolean;
    readonly small?: boolean;
  },
) {
  return (
    <div className={group(p.error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(p.id, p.hint, p.error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{p.label}</legend>
        <Hint id={p.id} hint={p.hint} />
        <ErrorMessage id={p.id} error={p.error} />
        <div
          className={`govuk-radios${p.inline ? ' govuk-radios--inline' : ''}${p.small ? ' govuk-radios--small' : ''}`}
          id={p.id}
          tabIndex={-1}
        >
          {p.options.map((o) => (
            <div className="govuk-radios__item" key={o.value}>
              <input
                className="govuk-radios__input"
                id={`${p.id}-${o.value}`}
                name={p.id}
                type="radio"
                value={o.value}
                checked={p.value === o.value}
                onChange={() => p.onChange(o.value)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`${p.id}-${o.value}`}>
                {o.label}
              </label>
              {o.hint && <div className="govuk-hint govuk-radios__hint">{o.hint}</div>}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function Button({
  children,
  onClick,
  secondary,
  warning,
  type = 'button',
  disabled,
  id,
}: {
  children: ReactNode;
  onClick?: () => void;
  secondary?: boolean;
  warning?: boolean;
  type?: 'button' | 'submit';
  disabled?: boolean;
  id?: string;
}) {
  const cls = `govuk-button${secondary ? ' govuk-button--secondary' : ''}${warning ? ' govuk-button--warning' : ''}`;
  return (
    <button
      type={type}
      className={cls}
      data-module="govuk-button"
      onClick={onClick}
      disabled={disabled}
      aria-disabled={disabled}
      {...(id ? { id } : {})}
    >
      {children}
    </button>
  );
}
