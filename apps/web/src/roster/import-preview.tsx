import { plural } from '@member-alerts/protocol/wording';
import type { ImportPreview, PersonRef } from '../api/types';

const names = (people: readonly PersonRef[]) => people.map((p) => `${p.name} (${p.id})`);

function Section({ title, items, testId }: { title: string; items: readonly string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 className="govuk-heading-s">{title}</h4>
      <ul className="govuk-list govuk-list--bullet" data-testid={testId}>
        {items.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ul>
    </>
  );
}

/** Who the file adds, who it changes (field by field) and who leaves or stays, before anything is stored. */
export function ImportPreviewView({
  id,
  what,
  preview,
}: {
  id: string;
  what: string;
  preview: ImportPreview;
}) {
  const p = preview;
  return (
    <div data-testid={`${id}-preview`}>
      <h3 className="govuk-heading-m">Check the import before it is applied</h3>
      <p className="govuk-body" role="status">
        {p.added.length} to add, {p.changed.length} to change, {p.unchanged} unchanged, {p.leaving.length} to
        leave the list
        {p.kept.length > 0 ? `; ${p.kept.length} not in the file stay` : ''}. Nothing has changed yet.
      </p>
      <Section title="Added" items={names(p.added)} testId={`${id}-added`} />
      {p.changed.length > 0 && (
        <div className="app-table-wrap">
          <table className="govuk-table" data-testid={`${id}-changed`}>
            <caption className="govuk-table__caption govuk-table__caption--s">Changed</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Who
                </th>
                <th scope="col" className="govuk-table__header">
                  What changes
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {p.changed.map((c) => (
                <tr className="govuk-table__row" key={c.id}>
                  <td className="govuk-table__cell">
                    {c.name} ({c.id})
                  </td>
                  <td className="govuk-table__cell">
                    {c.changes.map((x, i) => (
                      <div key={i}>{x.text}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Section
        title={`Leaving: ${count(p.leaving.length, what)} not in this file`}
        items={names(p.leaving)}
        testId={`${id}-leaving`}
      />
      {p.kept.length > 0 && (
        <p className="govuk-body">
          {count(p.kept.length, what)} not in this file {p.kept.length === 1 ? 'stays' : 'stay'} on the list.
          To remove them, tick &ldquo;Remove {what} not in this file&rdquo; and preview again.
        </p>
      )}
      <Section title="Warnings" items={p.warnings} testId={`${id}-warnings`} />
    </div>
  );
}

/** "1 member", "3 officers": `what` is the plural ("members", "officers"). */
function count(n: number, what: string): string {
  return plural(n, what.replace(/s$/, ''), what);
}
