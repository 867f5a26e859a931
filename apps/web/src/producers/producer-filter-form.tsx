import { useState, type FormEvent } from 'react';
import type { ProducerOutcome, ProducerSource } from '../api/types';
import { Button, Select, TextInput } from '../components/fields';
import { OUTCOMES, SOURCE_NAMES } from './producer-wording';

export const PRODUCER_FILTERS = ['source', 'outcome', 'q'] as const;
export type ProducerFilters = Record<(typeof PRODUCER_FILTERS)[number], string>;

export function ProducerFilterForm({
  initial,
  onApply,
}: {
  initial: ProducerFilters;
  onApply: (f: ProducerFilters) => void;
}) {
  const [form, setForm] = useState<ProducerFilters>(initial);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    onApply(form);
  };
  return (
    <form onSubmit={submit} className="govuk-!-margin-bottom-6" aria-label="Filter the messages">
      <div className="app-inline-buttons">
        <Select
          id="filter-source"
          label="From"
          value={form.source}
          onChange={(source) => setForm({ ...form, source })}
          options={[
            { value: '', label: 'Every system' },
            ...(Object.keys(SOURCE_NAMES) as ProducerSource[]).map((s) => ({
              value: s,
              label: SOURCE_NAMES[s],
            })),
          ]}
        />
        <Select
          id="filter-outcome"
          label="What happened"
          value={form.outcome}
          onChange={(outcome) => setForm({ ...form, outcome })}
          options={[
            { value: '', label: 'Anything' },
            ...(Object.keys(OUTCOMES) as ProducerOutcome[]).map((o) => ({
              value: o,
              label: OUTCOMES[o].label,
            })),
          ]}
        />
        <TextInput
          id="filter-q"
          label="Reference or words"
          type="search"
          width="10"
          value={form.q}
          onChange={(q) => setForm({ ...form, q })}
        />
        <Button type="submit" secondary>
          Apply filters
        </Button>
      </div>
    </form>
  );
}
