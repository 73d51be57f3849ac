import { useState } from 'react';
import type { Team } from '../api/types';
import { useTeams } from '../session/context';
import { ErrorBanner } from './ErrorBanner';

/**
 * A team's two-step policy: admins switch it (their own second factor must be on first); every
 * member reads what it means. A member shut out by it sees the server's 403 elsewhere on the page.
 */
export function TeamTwoStepPolicy({
  team,
  onChanged,
}: {
  team: Team;
  onChanged: (team: Team) => void;
}) {
  const teamStore = useTeams();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const required = team.require_two_step === true;
  const admin = team.role === 'admin';

  async function toggle(next: boolean) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await teamStore.setTwoStepRequired(team.id, next));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="team-policy">
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      {admin ? (
        <label className="check">
          <input
            type="checkbox"
            checked={required}
            disabled={busy}
            onChange={(e) => void toggle(e.target.checked)}
          />
          Require two-step sign-in of members
        </label>
      ) : (
        required && <p className="badge">Two-step sign-in required</p>
      )}
      <p className="hint">
        {required
          ? 'Members without two-step sign-in keep their place but see none of the team’s keys until they turn it on in Settings. CI machines sign in with their token and are not affected.'
          : 'When required, members must turn on two-step sign-in (an authenticator app or a passkey) before they see the team’s keys.'}
      </p>
    </div>
  );
}
