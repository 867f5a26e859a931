import { useEffect, useRef, useState } from 'react';
import type { CreatedApiKey } from '../api/types';
import { copyText } from '../components/copy-text';
import { Button } from '../components/fields';

/** The new key, shown this once: Member Alerts keeps only a fingerprint of it. */
export function NewKeyPanel({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => box.current?.focus(), [created.id]);
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="region"
      aria-labelledby="new-key-title"
      tabIndex={-1}
      ref={box}
      data-testid="new-key"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="new-key-title">
          Key created
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">The key for {created.name} is ready</p>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Copy the key now and give it to whoever will use it. It will not be shown again.
          </strong>
        </div>
        <label className="govuk-label govuk-label--s" htmlFor="new-key-value">
          The key
        </label>
        <input
          id="new-key-value"
          ref={field}
          className="govuk-input app-key"
          readOnly
          value={created.key}
          spellCheck={false}
          onFocus={(e) => e.target.select()}
        />
        <div className="app-inline-buttons govuk-!-margin-top-4">
          <Button
            secondary
            onClick={() =>
              void copyText(created.key, field.current).then((ok) =>
                setCopied(ok ? 'Copied to the clipboard' : 'Select the key and copy it'),
              )
            }
          >
            Copy the key
          </Button>
          <span className="govuk-body" role="status">
            {copied}
          </span>
        </div>
        <Button onClick={onDone}>I have copied the key</Button>
      </div>
    </div>
  );
}
