import { Link } from 'react-router';
import type { ComplianceFigures } from '../api/types';
import { COMPLIANCE_FIGURE_WORDS, FIGURE_ORDER, figureLink, type ReportFilters } from './report-links';
import { TableHead } from '../components/table-head';

const FIGURE_NAMES = FIGURE_ORDER.map((f) => COMPLIANCE_FIGURE_WORDS[f]);

export interface FiguresRow {
  readonly key: string;
  readonly name: string;
  /** The filters that narrow the report to this row, for its links. */
  readonly filters: Partial<ReportFilters>;
  readonly figures: ComplianceFigures;
}

/** Every figure for each kind or service, each number a link to the events behind it. */
export function FiguresTable(p: {
  readonly caption: string;
  readonly heading: string;
  readonly rows: readonly FiguresRow[];
}) {
  return (
    <div className="app-table-wrap">
      <table className="govuk-table app-figures-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{p.caption}</caption>
        <TableHead columns={[p.heading, ...FIGURE_NAMES]} numeric={FIGURE_NAMES} />
        <tbody className="govuk-table__body">
          {p.rows.map((r) => (
            <tr key={r.key} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {r.name}
              </th>
              {FIGURE_ORDER.map((f) => (
                <td key={f} className="govuk-table__cell govuk-table__cell--numeric">
                  <FigureLink
                    value={r.figures[f]}
                    to={figureLink(f, r.filters)}
                    label={`${COMPLIANCE_FIGURE_WORDS[f]}, ${r.name}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A number that opens the events behind it; a nought has none to show. */
export function FigureLink(p: { readonly value: number; readonly to: string; readonly label: string }) {
  if (p.value === 0) return <>0</>;
  return (
    <Link className="govuk-link" to={p.to} aria-label={`${p.value}: ${p.label}. Show the events`}>
      {p.value}
    </Link>
  );
}
