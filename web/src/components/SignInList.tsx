import { useState } from 'react';
import { formatDateTime } from '../lib/keys';
import { useAsync } from '../lib/useAsync';
import { useSessionStore } from '../session/context';
import { ErrorBanner } from './ErrorBanner';
import { Loading } from './Status';

/** The account's live sign-ins, with "Sign out" for each one but this. */
export function SignInList() {
  const session = useSessionStore();
  const [reload, setReload] = useState(0);
  const list = useAsync(() => session.signIns(), [reload]);
  const [error, setError] = useState<unknown>(null);

  async function end(id: string) {
    setError(null);
    try {
      await session.endSignIn(id);
      setReload((n) => n + 1);
    } catch (err) {
      setError(err);
    }
  }

  if (list.loading) return <Loading />;
  return (
    <>
      <ErrorBanner error={error ?? list.error} onDismiss={() => setError(null)} />
      {list.data && (
        <table className="table" aria-label="Sign-ins">
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Address</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((s) => (
              <tr key={s.id} data-sign-in={s.current ? 'current' : 'other'}>
                <td>{s.device}</td>
                <td>{s.ip_address ?? 'unknown'}</td>
                <td>{formatDateTime(s.last_used_at)}</td>
                <td className="row-actions">
                  {s.current ? (
                    <span className="badge badge-imported">this browser</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`Sign out ${s.device}`}
                      onClick={() => void end(s.id)}
                    >
                      Sign out
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
