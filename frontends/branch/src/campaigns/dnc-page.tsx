import { DoNotContactManager } from '@retention/campaign-views';

/** The branch's do-not-contact list (branch planners): entries, imports and their reports. */
export function DoNotContactPage() {
  return <DoNotContactManager />;
}
