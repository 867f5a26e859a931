import { Link, useNavigate, useParams } from 'react-router';
import type { MemberDetail } from '../api/types';
import { useSession } from '../auth/session-context';
import { useLoad } from '../components/use-load';
import { dateInWords, dayInWords } from '../components/wording';
import { usePageTitle } from '../components/use-page-title';
import { divisionNames } from '../map/geo.util';
import { useDivisions } from '../map/use-divisions';
import { MemberForm } from '../roster/member-form';
import { EraseMember } from '../roster/erase-member';
import { RemovePerson } from '../roster/remove-person';
import { Undelivered } from '../roster/undelivered';
import type { RosterDone } from './roster.page';

function Seats({ seats }: { seats: MemberDetail['seats'] }) {
  return (
    <div className="app-table-wrap">
      <table className="govuk-table" data-testid="seats">
        <caption className="govuk-table__caption govuk-table__caption--s">Seats held, latest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Division
            </th>
            <th scope="col" className="govuk-table__header">
              From
            </th>
            <th scope="col" className="govuk-table__header">
              To (last day)
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {seats.map((s, i) => (
            <tr className="govuk-table__row" key={i}>
              <td className="govuk-table__cell">{s.division}</td>
              <td className="govuk-table__cell">{dayInWords(s.termStart)}</td>
              <td className="govuk-table__cell">{s.termEnd ? dayInWords(s.termEnd) : 'Still held'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Add one member (/roster/new), or change or remove one (/roster/:id), without a CSV. */
export function MemberPage() {
  const { id } = useParams();
  usePageTitle(id ? 'Member' : 'Add a member');
  const { api } = useSession();
  const navigate = useNavigate();
  const { divisions } = useDivisions(api);
  const path = id ? `/members/${encodeURIComponent(id)}` : '/members';
  const m = useLoad(
    (signal) => (id ? api.json<MemberDetail>(path, { signal }) : Promise.resolve(undefined)),
    [api, path],
  );
  const member = m.data;
  return (
    <>
      <Link to="/roster" className="govuk-back-link">
        Back to the members
      </Link>
      <h1 className="govuk-heading-l">{id ? (member?.name ?? 'Member') : 'Add a member'}</h1>
      {m.error && <p className="govuk-error-message">{m.error}</p>}
      {member?.erasedAt && (
        <p className="govuk-body" data-testid="erased">
          This former member’s personal details were erased on {dateInWords(member.erasedAt)}. Each event’s
          page still shows the alerts their seat was sent, under this name.
        </p>
      )}
      {member && !member.active && !member.erasedAt && (
        <p className="govuk-body">
          {member.name} has left the roster. Saving these details brings them back, seated from today.
        </p>
      )}
      {member && (member.emailFailedAt || member.mobileFailedAt) && (
        <div className="govuk-inset-text">
          <Undelivered member={member} />
          <p className="govuk-body">Correct it below: the mark goes once the address or number is changed.</p>
        </div>
      )}
      {member && member.seats.length > 0 && <Seats seats={member.seats} />}
      {(!id || (member && !member.erasedAt)) && (
        <MemberForm
          key={member?.id ?? 'new'}
          {...(member ? { member } : {})}
          divisions={divisionNames(divisions)}
          onSave={async (body) => {
            await api.json(path, {
              method: id ? 'PATCH' : 'POST',
              body: member && !member.active ? { ...body, active: true } : body,
            });
            const done: RosterDone = { name: body.name, division: body.division || null, added: !member };
            void navigate('/roster', { state: { done } });
          }}
        />
      )}
      {member?.active && (
        <RemovePerson
          name={member.name}
          effect="stops receiving alerts and their seat ends today"
          onRemove={async () => {
            await api.json(path, { method: 'DELETE' });
            void navigate('/roster');
          }}
        />
      )}
      {member && !member.active && !member.erasedAt && (
        <EraseMember
          name={member.name}
          onErase={async () => {
            await api.json(`${path}/erase`, { method: 'POST' });
            m.reload();
          }}
        />
      )}
    </>
  );
}
