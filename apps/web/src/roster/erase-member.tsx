import { useState } from 'react';
import { Button } from '../components/fields';

/**
 * Erasing a former member's details takes two clicks, and says first what goes and what stays:
 * it cannot be undone, and the record of what their seat was sent is kept.
 */
export function EraseMember({ name, onErase }: { name: string; onErase: () => Promise<void> }) {
  const [asked, setAsked] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const erase = async () => {
    try {
      await onErase();
    } catch (e) {
      setError(e instanceof Error ? e.message : `${name}’s details could not be erased`);
    }
  };
  return (
    <>
      <h2 className="govuk-heading-m">Erase their personal details</h2>
      <p className="govuk-body">
        When a former member asks, or the council no longer needs to keep their details, their name, e-mail
        address, interests and alert settings can be replaced by “Former member”. The record of which alerts
        went to the seat they held, and when, is kept.
      </p>
      {error && <p className="govuk-error-message">{error}</p>}
      {asked ? (
        <>
          <p className="govuk-body">
            <strong>
              This cannot be undone. {name}’s name and e-mail address will be gone from Member Alerts.
            </strong>
          </p>
          <Button warning onClick={() => void erase()}>
            Yes, erase {name}’s details
          </Button>
        </>
      ) : (
        <Button secondary onClick={() => setAsked(true)}>
          Erase {name}’s details
        </Button>
      )}
    </>
  );
}
