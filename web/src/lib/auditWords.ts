import type { AuditEntry } from '../api/types';

/** Audit actions in words ("revealed"), for the log and the dashboard's recent activity. */
export const ACTION_WORDS: Record<string, string> = {
  'key.read': 'revealed',
  'key.list': 'listed keys',
  'key.create': 'created',
  'key.update': 'edited',
  'key.rotate': 'rotated',
  'key.delete': 'moved to the trash',
  'key.restore': 'restored',
  'key.purge': 'erased',
  'key.versions_read': 'viewed the versions of',
  'auth.register': 'created the account',
  'auth.login': 'logged in',
  'auth.login_failed': 'failed to log in',
  'auth.logout': 'logged out',
  'auth.logout_all': 'logged out everywhere',
  'auth.password_changed': 'changed the master password',
  'auth.refresh_reuse_detected': 'reused an old session token (sessions ended)',
  'team.create': 'created the team',
  'team.rename': 'renamed the team',
  'team.key_rotated': 'rotated the team key',
  'team.member_added': 'added a member',
  'team.member_left': 'left the team',
  'team.member_removed': 'removed a member',
  'team.member_role_changed': 'changed a member’s role',
};

export function actionWords(entry: Pick<AuditEntry, 'action' | 'metadata'>): string {
  if (entry.action === 'key.update' && entry.metadata?.value_changed === true)
    return 'changed the value of';
  return ACTION_WORDS[entry.action] ?? entry.action.replace(/[._]/g, ' ');
}

/** Whether the action is about one key (its name follows the words). */
export function isKeyAction(action: string): boolean {
  return action.startsWith('key.') && action !== 'key.list';
}
