import type { ApiClient } from '../api/api-client';
import { useCouncilKinds } from '../events/use-council-kinds';
import { divisionNames } from '../map/geo.util';
import { useDivisions } from '../map/use-divisions';
import { Select } from './fields';

/** A filter by kind of event, from the council's rules; '' is every kind. */
export function KindFilter(p: {
  readonly api: ApiClient;
  readonly id: string;
  readonly value: string;
  readonly onChange: (kind: string) => void;
}) {
  const { kinds } = useCouncilKinds(p.api);
  return (
    <Select
      id={p.id}
      label="Kind"
      value={p.value}
      onChange={p.onChange}
      options={[{ value: '', label: 'All kinds' }, ...kinds.map((k) => ({ value: k.kind, label: k.label }))]}
    />
  );
}

/** A filter by division, from the council's boundaries; '' is every division. */
export function DivisionFilter(p: {
  readonly api: ApiClient;
  readonly id: string;
  readonly value: string;
  readonly onChange: (division: string) => void;
}) {
  const { divisions } = useDivisions(p.api);
  return (
    <Select
      id={p.id}
      label="Division"
      value={p.value}
      onChange={p.onChange}
      options={[
        { value: '', label: 'All divisions' },
        ...divisionNames(divisions).map((n) => ({ value: n, label: n })),
      ]}
    />
  );
}
