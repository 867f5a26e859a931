import type { CitizenSpaceArea } from '../api/types';
import { TableHead } from '../components/table-head';
import { dateInWords } from '../components/wording';
import { useCouncilWords } from '../components/council-words';

function covers(a: CitizenSpaceArea, wholeArea: string): string {
  return a.countywide ? wholeArea : a.divisions.join(', ');
}

/** The council's Citizen Space areas, each with what it covers; stacked on a phone. */
export function AreaTable({
  areas,
  onChange,
  onRemove,
}: {
  areas: readonly CitizenSpaceArea[];
  onChange: (a: CitizenSpaceArea) => void;
  onRemove: (a: CitizenSpaceArea) => void;
}) {
  const words = useCouncilWords();
  if (areas.length === 0) return <p className="govuk-body">No area is mapped yet.</p>;
  return (
    <div className="app-table-wrap">
      <table className="govuk-table app-table--compact app-table--stacked" data-testid="citizen-space-areas">
        <caption className="govuk-visually-hidden">Citizen Space areas and the divisions they cover</caption>
        <TableHead columns={['Area', 'Covers', 'Last changed']} />
        <tbody className="govuk-table__body">
          {areas.map((a) => (
            <tr className="govuk-table__row" key={a.name}>
              <td className="govuk-table__cell" data-label="Area">
                {a.name}
              </td>
              <td className="govuk-table__cell" data-label="Covers">
                {covers(a, words.wholeArea)}
              </td>
              <td className="govuk-table__cell" data-label="Last changed">
                {dateInWords(a.updatedAt)} by {a.updatedBy}
                <br />
                <button type="button" className="app-link-button govuk-body-s" onClick={() => onChange(a)}>
                  Change<span className="govuk-visually-hidden"> {a.name}</span>
                </button>{' '}
                <button type="button" className="app-link-button govuk-body-s" onClick={() => onRemove(a)}>
                  Remove<span className="govuk-visually-hidden"> {a.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
