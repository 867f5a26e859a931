import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * GOV.UK's success notification banner. It takes focus when it appears, which also scrolls it into
 * view, so a person who pressed a button further down the page reads what happened.
 */
export function SuccessBanner({
  heading,
  children,
  testId,
}: {
  heading: ReactNode;
  children?: ReactNode;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    // Focus alone scrolls only as far as the browser likes, which can leave the top cut off.
    box.current?.focus({ preventScroll: true });
    box.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="status"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={box}
      data-testid={testId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
