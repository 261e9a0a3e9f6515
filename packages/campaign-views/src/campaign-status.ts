import type { CampaignStatus } from './gql/graphql';

// Keyed by the schema's enum: a new status fails the typecheck until it has a colour.
// Its own module so the campaign table does not pull in the detail page and its forms (B6).
export const STATUS_COLORS: Record<CampaignStatus, string> = { DRAFT: 'default', PENDING_APPROVAL: 'orange', PUBLISHED: 'green', CLOSED: 'blue', EVALUATED: 'purple' };
