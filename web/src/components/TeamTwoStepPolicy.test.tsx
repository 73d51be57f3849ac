// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { Team } from '../api/types';
import { KeyHavenContext } from '../session/context';
import { stubKeyHaven } from '../test/stubKeyHaven';
import { TeamTwoStepPolicy } from './TeamTwoStepPolicy';

const TEAM: Team = {
  id: 't1',
  name: 'Payments',
  role: 'admin',
  wrapped_team_key: 'w',
  public_key: 'p',
  protected_private_key: 'pp',
  require_two_step: false,
};

function renderPolicy(team: Team, setTwoStepRequired = vi.fn()) {
  const onChanged = vi.fn();
  render(
    <KeyHavenContext.Provider value={stubKeyHaven({ teams: { setTwoStepRequired } })}>
      <TeamTwoStepPolicy team={team} onChanged={onChanged} />
    </KeyHavenContext.Provider>,
  );
  return onChanged;
}

describe('a team’s two-step policy', () => {
  it('an admin requires it and the page gets the team as the server answers it', async () => {
    const changed = { ...TEAM, require_two_step: true };
    const setTwoStepRequired = vi.fn().mockResolvedValue(changed);
    const onChanged = renderPolicy(TEAM, setTwoStepRequired);

    expect(screen.getByText(/must turn on two-step sign-in/)).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Require two-step sign-in of members'));

    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(changed));
    expect(setTwoStepRequired).toHaveBeenCalledWith('t1', true);
  });

  it('says what to do when the admin has no second factor yet, and stays off', async () => {
    const setTwoStepRequired = vi.fn().mockRejectedValue(
      new ApiError(
        409,
        {
          type: 'CONFLICT',
          code: 'TWO_STEP_NOT_ENABLED',
          message:
            'Turn on two-step sign-in for your own account first (Settings → Two-step sign-in)',
        },
        'req-1',
      ),
    );
    const onChanged = renderPolicy(TEAM, setTwoStepRequired);

    fireEvent.click(screen.getByLabelText('Require two-step sign-in of members'));

    expect(await screen.findByText(/for your own account first/)).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Require two-step sign-in of members')).not.toBeChecked();
  });

  it('a member reads that it is required, and cannot switch it', () => {
    renderPolicy({ ...TEAM, role: 'viewer', require_two_step: true });

    expect(screen.getByText('Two-step sign-in required')).toBeInTheDocument();
    expect(
      screen.getByText(/see none of the team’s keys until they turn it on/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
