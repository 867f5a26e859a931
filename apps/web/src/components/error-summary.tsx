import { useEffect, useRef } from 'react';
import { hasErrors, type FormErrors } from './form-errors';

/** Our own messages are sentences ("Enter a title"); the API's are fragments ("is before the opening") that need their field. */
function summaryText(field: string, message: string, labels: Record<string, string>): string {
  return /^[a-z"]/.test(message) ? `${labels[field] ?? field}: ${message}` : message;
}

/** GOV.UK error summary: at the top, focused when it appears, each problem linking to its input. */
export function ErrorSummary({
  errors,
  labels = {},
}: {
  errors: FormErrors;
  labels?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = hasErrors(errors);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, errors]);
  if (!shown) return null;
  const focus = (id: string) => (ev: React.MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    ev.preventDefault();
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  };
  return (
    <div
      className="govuk-error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <h2 className="govuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="govuk-error-summary__body">
        {errors.message && <p className="govuk-body">{errors.message}</p>}
        {errors.items.length > 0 && (
          <ul className="govuk-list govuk-error-summary__list">
            {errors.items.map((i, n) => (
              <li key={`${i.field}-${n}`}>
                <a href={`#${i.field}`} onClick={focus(i.field)}>
                  {summaryText(i.field, i.message, labels)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
