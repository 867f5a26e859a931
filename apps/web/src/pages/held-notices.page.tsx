import { useState } from 'react';
import type { HeldNotices, HeldNoticeView } from '../api/types';
import { useSession } from '../auth/session-context';
import { ConfirmBox } from '../components/confirm-box';
import { TextInput } from '../components/fields';
import { SuccessBanner } from '../components/success-banner';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { HeldNoticeTable } from '../held/held-notice-table';
import { PreElectionBanner } from '../held/pre-election-banner';

type Deciding = { readonly notice: HeldNoticeView; readonly decision: 'release' | 'withdraw' };

/** Democratic services decide each notice a pre-election period holds: release it, or withdraw it. */
export function HeldNoticesPage() {
  usePageTitle('Held notices');
  const { api } = useSession();
  const list = useLoad((signal) => api.json<HeldNotices>('/held-notices', { signal }), [api]);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  const choose = (notice: HeldNoticeView, decision: Deciding['decision']) => {
    setDone('');
    setError('');
    setReason('');
    setDeciding({ notice, decision });
  };

  const decide = async ({ notice, decision }: Deciding) => {
    try {
      await api.json(`/held-notices/${encodeURIComponent(notice.id)}/${decision}`, {
        method: 'POST',
        ...(decision === 'withdraw' ? { body: { reason } } : {}),
      });
      setDeciding(null);
      setDone(
        decision === 'release'
          ? `The notice to ${notice.recipient.name} about "${notice.event.title}" is released and goes out as usual.`
          : `The notice to ${notice.recipient.name} about "${notice.event.title}" is withdrawn and will never be sent.`,
      );
      list.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work; try again');
    }
  };

  const periods = list.data?.periods ?? [];
  const notices = list.data?.notices ?? [];
  return (
    <>
      <h1 className="govuk-heading-l">Held notices</h1>
      {periods.map((p) => (
        <PreElectionBanner key={`${p.election} ${p.from}`} period={p} />
      ))}
      {done && <SuccessBanner key={done} testId="held-decided" heading={done} />}
      {deciding && (
        <ConfirmBox
          key={`${deciding.notice.id} ${deciding.decision}`}
          heading={
            deciding.decision === 'release'
              ? `Release the notice to ${deciding.notice.recipient.name}?`
              : `Withdraw the notice to ${deciding.notice.recipient.name}?`
          }
          testId="confirm-decision"
          error={error}
          confirm={deciding.decision === 'release' ? 'Yes, release it' : 'Yes, withdraw it'}
          onConfirm={() => void decide(deciding)}
          keep="No, keep it held"
          onKeep={() => (setDeciding(null), setError(''))}
          field={
            deciding.decision === 'withdraw' && (
              <TextInput
                id="withdraw-reason"
                label="Why is it withdrawn?"
                hint="One line, kept with the notice in the audit trail."
                value={reason}
                onChange={setReason}
              />
            )
          }
        >
          {deciding.decision === 'release'
            ? `"${deciding.notice.event.title}" goes to them as usual, straight away if its time has come. This cannot be undone.`
            : `"${deciding.notice.event.title}" will never be sent to them. This cannot be undone.`}
        </ConfirmBox>
      )}
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {list.data && periods.length === 0 && notices.length === 0 && (
        <p className="govuk-body">No pre-election period is running, and no notices are held.</p>
      )}
      {list.data && periods.length > 0 && notices.length === 0 && (
        <p className="govuk-body">No notices are held at the moment.</p>
      )}
      {notices.length > 0 && (
        <HeldNoticeTable
          notices={notices}
          onRelease={(n) => choose(n, 'release')}
          onWithdraw={(n) => choose(n, 'withdraw')}
        />
      )}
    </>
  );
}
