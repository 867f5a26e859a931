import type { Role, Session } from './api/types';

export interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly roles: readonly Role[];
}

// The roles follow the API's: democratic services may do all an officer may; a leader all a member may.
export const NAV: readonly NavItem[] = [
  { to: '/events', label: 'Events', roles: ['officer'] },
  { to: '/events/new', label: 'Register an event', roles: ['officer'] },
  { to: '/drafts', label: 'Drafts', roles: ['officer'] },
  { to: '/alerts', label: 'My alerts', roles: ['member'] },
  { to: '/preferences', label: 'Preferences', roles: ['member'] },
  { to: '/reports', label: 'Reports', roles: ['democratic_services', 'monitoring_officer'] },
  {
    to: '/escalations',
    label: 'Escalations',
    roles: ['leader', 'democratic_services', 'monitoring_officer'],
  },
  { to: '/this-week', label: "This week's events", roles: ['leader', 'officer'] },
  { to: '/roster', label: 'Members', roles: ['democratic_services'] },
  { to: '/officers', label: 'Officers', roles: ['democratic_services'] },
  { to: '/held-notices', label: 'Held notices', roles: ['democratic_services'] },
  { to: '/boundaries', label: 'Boundaries', roles: ['democratic_services'] },
  { to: '/api-keys', label: 'API keys', roles: ['democratic_services'] },
  { to: '/producers', label: 'Producers', roles: ['democratic_services'] },
  // Everyone signed in works under the council's rules.
  { to: '/rules', label: 'Rules', roles: ['officer', 'member', 'monitoring_officer'] },
];

export function homeOf(s: Session): string {
  if (s.role === 'monitoring_officer') return '/reports';
  return s.role === 'member' || s.role === 'leader' ? '/alerts' : '/events';
}
