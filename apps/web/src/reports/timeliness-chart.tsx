import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { TableHead } from '../components/table-head';

/** One bar of a timeliness chart: the notices on time, late and after the event. */
export interface TimelinessBar {
  readonly name: string;
  readonly onTime: number;
  readonly late: number;
  readonly afterEvent: number;
}

// GOV.UK colours, each distinct for colour-blind readers and in greyscale print.
const SERIES = [
  { key: 'onTime', label: 'On time', fill: '#00703c' },
  { key: 'late', label: 'Late', fill: '#f47738' },
  { key: 'afterEvent', label: 'After the event', fill: '#0b0c0c' },
] as const;

/**
 * Notices on time against late, drawn by recharts as SVG, with the same numbers in a table beside
 * it: the table is what a screen reader and a committee member read exactly.
 */
export function TimelinessChart(p: {
  readonly id: string;
  readonly title: string;
  readonly heading: string;
  readonly bars: readonly TimelinessBar[];
}) {
  const summary = p.bars
    .map((b) => `${b.name}: ${b.onTime} on time, ${b.late} late, ${b.afterEvent} after the event`)
    .join('; ');
  return (
    <figure className="app-chart" aria-labelledby={`${p.id}-title`}>
      <figcaption id={`${p.id}-title`} className="govuk-heading-m">
        {p.title}
      </figcaption>
      <div className="app-chart__pair">
        <div className="app-chart__drawing" data-testid={`${p.id}-chart`}>
          <BarChart
            width={520}
            height={Math.max(220, 60 + p.bars.length * 36)}
            data={[...p.bars]}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            title={p.title}
            desc={summary || 'No notices in the period'}
            accessibilityLayer
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={170} />
            <Legend />
            {SERIES.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId="notices"
                fill={s.fill}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </div>
        <table className="govuk-table app-chart__table">
          <caption className="govuk-table__caption govuk-table__caption--s">{p.title}: the numbers</caption>
          <TableHead
            columns={[p.heading, ...SERIES.map((s) => s.label)]}
            numeric={SERIES.map((s) => s.label)}
          />
          <tbody className="govuk-table__body">
            {p.bars.map((b) => (
              <tr key={b.name} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {b.name}
                </th>
                {SERIES.map((s) => (
                  <td key={s.key} className="govuk-table__cell govuk-table__cell--numeric">
                    {b[s.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
