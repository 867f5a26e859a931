import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Button, TextArea } from '../components/fields';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../components/form-errors';

/** §34: the topics a member has asked to hear about, one per line. */
export function InterestsForm({
  name,
  initial,
  onSave,
}: {
  name: string;
  initial: readonly string[];
  onSave: (topics: string[]) => Promise<void>;
}) {
  const [text, setText] = useState(initial.join('\n'));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const topics = text
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean);
    try {
      await onSave(topics);
      setErrors(NO_ERRORS);
    } catch (e) {
      setErrors(formErrorsFrom(e, ['topics']));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} />
      <TextArea
        id="topics"
        label={`Topics ${name} wants to hear about`}
        hint="One topic per line, for example libraries. Leave empty for none."
        value={text}
        onChange={setText}
        error={errorFor(errors, 'topics')}
        rows={6}
      />
      <Button type="submit">Save interests</Button>
    </form>
  );
}
