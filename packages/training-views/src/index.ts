import './messages';

export { StaffRoster } from './staff-roster';
export type { StaffRosterProps } from './staff-roster';
export type { RosterStaff } from './operations';
