import { useState } from 'react';
import type { ApiKeyView, CreatedApiKey, MemberView } from '../api/types';
import { ApiKeyForm } from '../api-keys/api-key-form';
import { ApiKeyTable } from '../api-keys/api-key-table';
import { NewKeyPanel } from '../api-keys/new-key-panel';
import { useSession } from '../auth/session-context';
import { ConfirmBox } from '../components/confirm-box';
import { SuccessBanner } from '../components/success-banner';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';

/** Democratic services issue keys to other council systems (and people), and revoke them. */
export function ApiKeysPage() {
  usePageTitle('API keys');
  const { api } = useSession();
  const list = useLoad((signal) => api.json<{ keys: ApiKeyView[] }>('/api-keys', { signal }), [api]);
  const members = useLoad(
    (signal) => api.json<{ members: MemberView[] }>('/members', { signal, query: { active: 'true' } }),
    [api],
  );
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);
  const [revokeError, setRevokeError] = useState('');
  const [revoked, setRevoked] = useState('');

  const revoke = async (k: ApiKeyView) => {
    try {
      await api.request(`/api-keys/${encodeURIComponent(k.id)}`, { method: 'DELETE' });
      setRevoking(null);
      setRevokeError('');
      setRevoked(`The key for ${k.name} is revoked. Anything still using it is refused from now on.`);
      // A revoked key's secret is no use to anyone: it leaves the screen.
      setCreated((c) => (c?.id === k.id ? null : c));
      list.reload();
    } catch (e) {
      setRevokeError(e instanceof Error ? e.message : 'the key could not be revoked; try again');
    }
  };

  return (
    <>
      <h1 className="govuk-heading-l">API keys</h1>
      <p className="govuk-body">
        Other council systems, such as road works and case management, use an API key to register events. Each
        key is shown once, when it is created; Member Alerts keeps only a fingerprint of it. Revoke a key as
        soon as it is no longer needed or may have been seen by someone else.
      </p>
      {created && <NewKeyPanel created={created} onDone={() => setCreated(null)} />}
      {revoked && <SuccessBanner key={revoked} testId="key-revoked" heading={revoked} />}
      {revoking && (
        <ConfirmBox
          key={revoking.id}
          heading={`Revoke the key for ${revoking.name}?`}
          testId="confirm-revoke"
          error={revokeError}
          confirm="Yes, revoke the key"
          onConfirm={() => void revoke(revoking)}
          keep="No, keep it"
          onKeep={() => (setRevoking(null), setRevokeError(''))}
        >
          Anything using it is refused from its next request. This cannot be undone: to connect again, create
          a new key.
        </ConfirmBox>
      )}
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {list.data && (
        <ApiKeyTable
          keys={list.data.keys}
          onRevoke={(k) => {
            setRevoked('');
            setRevoking(k);
          }}
        />
      )}
      <ApiKeyForm
        members={members.data?.members}
        onCreate={async (body) => {
          const k = await api.json<CreatedApiKey>('/api-keys', { method: 'POST', body });
          setRevoked('');
          setCreated(k);
          list.reload();
        }}
      />
    </>
  );
}
