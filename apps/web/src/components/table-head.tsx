/** A table's column headings. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((c) => (
          <th key={c} scope="col" className="govuk-table__header">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
