import { useEffect, useState } from 'react';
import { useTeams } from '../session/context';

/** How many team invitations wait for the caller's answer (asked again on each screen change). */
export function useInvitationCount(route: string): number {
  const teams = useTeams();
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    teams
      .invitations()
      .then((items) => live && setCount(items.filter((i) => i.status === 'invited').length))
      .catch(() => live && setCount(0));
    return () => {
      live = false;
    };
  }, [teams, route]);
  return count;
}
