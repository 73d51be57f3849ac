import { useState } from 'react';
import { formatDateTime } from '../lib/keys';
import { useAsync } from '../lib/useAsync';
import { useSessionStore } from '../session/context';
import { ErrorBanner } from './ErrorBanner';
import { Loading } from './Status';

/** Devices that skip the second step of sign-in, with "Forget" for each. */
export function RememberedDeviceList() {
  const session = useSessionStore();
  const [reload, setReload] = useState(0);
  const list = useAsync(() => session.rememberedDevices(), [reload]);
  const [error, setError] = useState<unknown>(null);

  async function forget(id: string) {
    setError(null);
    try {
      await session.forgetDevice(id);
      setReload((n) => n + 1);
    } catch (err) {
      setError(err);
    }
  }

  if (list.loading) return <Loading />;
  return (
    <>
      <ErrorBanner error={error ?? list.error} onDismiss={() => setError(null)} />
      {list.data && list.data.length === 0 && (
        <p className="hint">
          No device skips the second step. Tick “Remember this device” at the second step to skip it
          on that device for 30 days.
        </p>
      )}
      {list.data && list.data.length > 0 && (
        <table className="table" aria-label="Remembered devices">
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Address</th>
              <th scope="col">Last used</th>
              <th scope="col">Until</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((d) => (
              <tr key={d.id}>
                <td data-label="Device">{d.device}</td>
                <td data-label="Address">{d.ip_address ?? 'unknown'}</td>
                <td data-label="Last used">{formatDateTime(d.last_used_at ?? d.created_at)}</td>
                <td data-label="Until">{formatDateTime(d.expires_at)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`Forget ${d.device}`}
                    onClick={() => void forget(d.id)}
                  >
                    Forget
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
