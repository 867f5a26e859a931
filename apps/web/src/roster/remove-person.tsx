import { useState } from 'react';
import { Button } from '../components/fields';

/** Leaving the roster takes two clicks: the person stops receiving alerts, but is never deleted. */
export function RemovePerson({
  name,
  effect,
  onRemove,
}: {
  name: string;
  effect: string;
  onRemove: () => Promise<void>;
}) {
  const [asked, setAsked] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const remove = async () => {
    try {
      await onRemove();
    } catch (e) {
      setError(e instanceof Error ? e.message : `${name} could not be removed`);
    }
  };
  return (
    <>
      <h2 className="govuk-heading-m">Remove from the list</h2>
      <p className="govuk-body">
        {name} {effect}. Their record and history are kept.
      </p>
      {error && <p className="govuk-error-message">{error}</p>}
      {asked ? (
        <Button warning onClick={() => void remove()}>
          Yes, remove {name}
        </Button>
      ) : (
        <Button secondary onClick={() => setAsked(true)}>
          Remove {name} from the list
        </Button>
      )}
    </>
  );
}
