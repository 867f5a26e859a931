import { type ReactNode, useEffect, useRef } from 'react';
import { Button } from './fields';

/**
 * "Are you sure?" for an action that cannot be undone: the question takes focus when it appears, so
 * a keyboard or screen reader user meets it, with the refusal in words if the action failed. Give it
 * a `key` of the thing in question, so that choosing another one asks afresh.
 */
export function ConfirmBox({
  heading,
  testId,
  error,
  confirm,
  onConfirm,
  keep,
  onKeep,
  field,
  children,
}: {
  heading: string;
  testId: string;
  error: string;
  confirm: string;
  onConfirm: () => void;
  keep: string;
  onKeep: () => void;
  /** A field the answer needs, such as a reason, under the question. */
  field?: ReactNode;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="govuk-inset-text" ref={box} tabIndex={-1} data-testid={testId}>
      <h2 className="govuk-heading-m">{heading}</h2>
      <p className="govuk-body">{children}</p>
      {field}
      {error && <p className="govuk-error-message">{error}</p>}
      <div className="app-inline-buttons">
        <Button warning onClick={onConfirm}>
          {confirm}
        </Button>
        <a href="#keep" className="govuk-link" onClick={(x) => (x.preventDefault(), onKeep())}>
          {keep}
        </a>
      </div>
    </div>
  );
}
