/** A table's column headings; those named in `numeric` are right-aligned over their numbers. */
export function TableHead({
  columns,
  numeric = [],
}: {
  columns: readonly string[];
  numeric?: readonly string[];
}) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((c) => (
          <th
            key={c}
            scope="col"
            className={`govuk-table__header${numeric.includes(c) ? ' govuk-table__header--numeric' : ''}`}
          >
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
