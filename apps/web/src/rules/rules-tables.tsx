import type { RulesInWords } from '../api/types';
import { TableHead } from '../components/table-head';

/** Where a rule comes from, in words: the protocol quoted, or the council's choice and its reason. */
function Basis({ basis }: { basis: RulesInWords['kinds'][number]['rules'][number]['basis'] }) {
  if (basis?.protocol)
    return (
      <p className="govuk-body-s app-rule-basis">
        The protocol: <q>{basis.protocol}</q>
      </p>
    );
  if (basis?.choice)
    return (
      <p className="govuk-body-s app-rule-basis">
        <strong className="govuk-tag govuk-tag--yellow">Council's own choice</strong>
        <br />
        {basis.choice}
      </p>
    );
  return null;
}

/** A file's rules: the council's own choices, then a table for each kind. */
export function RulesTables({ rules, headingLevel = 2 }: { rules: RulesInWords; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="govuk-heading-m">The council's own choices</Heading>
      {rules.choices.length === 0 ? (
        <p className="govuk-body">Every rule keeps the protocol's own words.</p>
      ) : (
        <>
          <p className="govuk-body">
            These rules go beyond the protocol's words. Every other rule keeps them, quoted below.
          </p>
          <ul className="govuk-list govuk-list--bullet" data-testid="council-choices">
            {rules.choices.map((c, i) => (
              <li key={i}>
                <strong>{c.rule}:</strong> {c.reason}
                <br />
                <span className="govuk-body-s">For {c.kinds.join('; ')}.</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {rules.kinds.map((k) => (
        <section key={k.key} className="app-rules-kind" aria-labelledby={`kind-${k.key}`}>
          <Heading className="govuk-heading-m" id={`kind-${k.key}`}>
            {k.title}
          </Heading>
          <p className="govuk-body">{k.covers}</p>
          <div className="app-table-wrap">
            <table className="govuk-table app-rules-table" data-testid={`rules-${k.key}`}>
              <caption className="govuk-visually-hidden">The rules for {k.title}</caption>
              <TableHead columns={['Rule', 'What it says, and where it comes from']} />
              <tbody className="govuk-table__body">
                {k.rules.map((r, i) => (
                  <tr className="govuk-table__row" key={i}>
                    <th scope="row" className="govuk-table__header">
                      {r.rule}
                    </th>
                    <td className="govuk-table__cell">
                      {r.says}
                      <Basis basis={r.basis} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
