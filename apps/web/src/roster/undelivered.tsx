import type { MemberView } from '../api/types';
import { dateInWords } from '../components/wording';

/**
 * GOV.UK Notify's word that an address or number does not exist, for democratic services to
 * correct: it stands until the member's address (or number) is changed.
 */
export function Undelivered({ member }: { member: Pick<MemberView, 'emailFailedAt' | 'mobileFailedAt'> }) {
  return (
    <>
      {member.emailFailedAt && (
        <div className="govuk-!-margin-top-1">
          <strong className="govuk-tag govuk-tag--red" data-testid="email-failed">
            Notify could not deliver to this address on {dateInWords(member.emailFailedAt)}
          </strong>
        </div>
      )}
      {member.mobileFailedAt && (
        <div className="govuk-!-margin-top-1">
          <strong className="govuk-tag govuk-tag--red" data-testid="mobile-failed">
            Notify could not deliver texts to this mobile number on {dateInWords(member.mobileFailedAt)}
          </strong>
        </div>
      )}
    </>
  );
}
