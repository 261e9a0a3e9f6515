import './messages';

export { CampaignForm, AmendmentForm, CampaignFormFieldsQuery, toInput, valuesOf, emptyValues, problemsOf, classOfSegment, suggestionFor, TreatmentMatrixRowsQuery } from './campaign-form';
export type { CampaignFormValues, TierRow, MatrixSuggestion } from './campaign-form';
export { CampaignDetail, CampaignDetailQuery, OfferTiersTable, STATUS_COLORS, useMayAuthor } from './campaign-detail';
export { CampaignTable, CampaignListQuery } from './campaign-table';
export type { CampaignRow } from './campaign-table';
export { AuditJournal } from './audit-journal';
export { ListFunnel, funnelSteps } from './list-funnel';
export type { FunnelList } from './list-funnel';
export { ExecutionOverview, ManagerBoards, CampaignExecutionQuery, COMPLAINT_ALERT, BUDGET_ALERT } from './execution-overview';
export { EligibilityRuleEditor } from './eligibility-rule-editor';
export { PowerGuidance, CampaignSampleSizeQuery, GUIDANCE_DEBOUNCE_MS } from './power-guidance';
export { useDebounced } from './use-debounced';
export { toPercent, fromPercent, formatPercent, formatPermille } from './percent';
export { DoNotContactManager, DoNotContactEntriesQuery, CampaignJobQuery, uploadDoNotContactFile } from './do-not-contact';
export { newIdempotencyKey } from './idempotency';
export { TalkTrackTraining, CampaignTalkTrackQuery } from './talk-track-training';
