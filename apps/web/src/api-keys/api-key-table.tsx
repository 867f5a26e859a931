import { plural } from '@member-alerts/protocol/wording';
import type { ApiKeyStatus, ApiKeyView } from '../api/types';
import { ROLE_NAMES } from '../auth/session-context';
import { Button } from '../components/fields';
import { dateInWords, expiryInWords } from '../components/wording';

const STATUS: Readonly<Record<ApiKeyStatus, { label: string; tag: string }>> = {
  active: { label: 'Active', tag: 'govuk-tag--green' },
  expired: { label: 'Expired', tag: 'govuk-tag--grey' },
  revoked: { label: 'Revoked', tag: 'govuk-tag--red' },
};

const HEADINGS = [
  'Name',
  'May act as',
  'Created by',
  'Created',
  'Last used',
  'Expires',
  'Status',
  'Members contact',
];

/** The council's keys, newest first; never the keys themselves, which are not kept. */
export function ApiKeyTable({
  keys,
  onRevoke,
}: {
  keys: readonly ApiKeyView[];
  onRevoke: (k: ApiKeyView) => void;
}) {
  return (
    <div className="app-table-wrap">
      <table className="govuk-table app-table--compact" data-testid="api-keys">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {plural(keys.length, 'key')}, newest first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {HEADINGS.map((h) => (
              <th scope="col" className="govuk-table__header" key={h}>
                {h}
              </th>
            ))}
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Revoke</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {keys.map((k) => (
            <tr className="govuk-table__row" key={k.id} data-key={k.id}>
              <td className="govuk-table__cell">
                {k.name}
                <br />
                <span className="govuk-body-s">Begins {k.prefix}</span>
              </td>
              <td className="govuk-table__cell">
                {ROLE_NAMES[k.role]}
                {k.member && (
                  <>
                    <br />
                    <span className="govuk-body-s">for {k.member.name}</span>
                  </>
                )}
              </td>
              <td className="govuk-table__cell">{k.createdBy ?? 'Not recorded'}</td>
              <td className="govuk-table__cell">{dateInWords(k.createdAt)}</td>
              <td className="govuk-table__cell">{dateInWords(k.lastUsedAt)}</td>
              <td className="govuk-table__cell">{expiryInWords(k.expiresAt)}</td>
              <td className="govuk-table__cell">
                <strong className={`govuk-tag ${STATUS[k.status].tag}`} data-testid="key-status">
                  {STATUS[k.status].label}
                </strong>
                {k.revokedAt && (
                  <>
                    <br />
                    <span className="govuk-body-s">
                      {dateInWords(k.revokedAt)}
                      {k.revokedBy ? ` by ${k.revokedBy}` : ''}
                    </span>
                  </>
                )}
              </td>
              <td className="govuk-table__cell" data-testid="key-contact">
                {k.contact ? (
                  <>
                    {k.contact.name}
                    <br />
                    <span className="govuk-body-s">
                      {k.contact.email}
                      {k.contact.phone ? `, ${k.contact.phone}` : ''}
                    </span>
                  </>
                ) : k.role === 'officer' || k.role === 'democratic_services' ? (
                  'No one: events must name a contact'
                ) : (
                  'Not needed'
                )}
              </td>
              <td className="govuk-table__cell">
                {k.status !== 'revoked' && (
                  <Button secondary onClick={() => onRevoke(k)}>
                    Revoke<span className="govuk-visually-hidden"> the key for {k.name}</span>
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
