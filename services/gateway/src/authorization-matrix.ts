import { Capability } from '@retention/domain';

/**
 * The authorization matrix: every root field of the supergraph, what it needs, and a
 * probe that exercises it through the gateway. Expected allowed/denied per role follows
 * from GRANTS (DOMAIN.md §1's role table as data). A root field without a row here fails
 * `authorization-matrix.int.test.ts`: add the row in the same commit as the operation.
 *
 * `SIGNED_IN`: any signed-in user (the caller's own account); `PUBLIC`: no token needed.
 */
export type Requirement = Capability | 'SIGNED_IN' | 'PUBLIC';

export interface MatrixRow {
  needs: Requirement;
  /** A whole operation calling the field with harmless arguments (nothing found, nothing loaded). */
  probe: string;
}

const NO_ID = '00000000-0000-4000-8000-000000000000';

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  // segments
  'Query.segmentMonths': { needs: Capability.KPI_READ, probe: '{ segmentMonths { latest } }' },
  'Query.builtInSegments': { needs: Capability.SEGMENT_READ, probe: '{ builtInSegments }' },
  'Query.segmentCounts': { needs: Capability.SEGMENT_READ, probe: '{ segmentCounts(month: "2026-10") { count } }' },
  'Query.segmentTrend': { needs: Capability.SEGMENT_READ, probe: '{ segmentTrend(segment: "MID_HIGH_END") { count } }' },
  'Query.subscriberTotal': { needs: Capability.SEGMENT_READ, probe: '{ subscriberTotal }' },
  'Query.ruleFields': { needs: Capability.SEGMENT_READ, probe: '{ ruleFields { key } }' },
  'Query.segmentDefinitions': { needs: Capability.SEGMENT_READ, probe: '{ segmentDefinitions { id } }' },
  'Query.previewSegment': { needs: Capability.SEGMENT_PREVIEW, probe: '{ previewSegment(rule: { field: "arpu", op: "gte", value: 1 }) { total } }' },
  'Query.cohorts': { needs: Capability.SEGMENT_READ, probe: '{ cohorts { id } }' },
  'Query.cohortRetention': { needs: Capability.SEGMENT_READ, probe: `{ cohortRetention(id: "${NO_ID}") { month } }` },
  'Query.subscriber': { needs: Capability.CUSTOMER_READ, probe: '{ subscriber(id: "S1") { id } }' },
  'Query.searchSubscribers': { needs: Capability.CUSTOMER_SEARCH, probe: '{ searchSubscribers(query: "S1") { id } }' },
  'Query.segmentJob': { needs: Capability.DATA_IMPORT, probe: `{ segmentJob(id: "${NO_ID}") { id } }` },
  'Query.segmentJobs': { needs: Capability.DATA_IMPORT, probe: '{ segmentJobs { id } }' },
  'Query.importErrors': { needs: Capability.DATA_IMPORT, probe: `{ importErrors(jobId: "${NO_ID}") { code } }` },
  'Mutation.saveSegment': { needs: Capability.SEGMENT_DEFINE, probe: 'mutation { saveSegment(input: { name: "", rule: { field: "arpu", op: "gte", value: 1 } }) { id } }' },
  'Mutation.deleteSegment': { needs: Capability.SEGMENT_DEFINE, probe: `mutation { deleteSegment(id: "${NO_ID}") }` },
  'Mutation.createCohort': { needs: Capability.COHORT_CREATE, probe: 'mutation { createCohort(input: { name: "m", segment: "MID_HIGH_END", baseMonth: "2031-01" }) { id } }' },
  'Mutation.refreshSegments': { needs: Capability.DATA_IMPORT, probe: 'mutation { refreshSegments(month: "2031-01") { id } }' },
  'Mutation.beginUpload': { needs: Capability.DATA_IMPORT, probe: 'mutation { beginUpload(kind: "usage", fileName: "m.txt", sizeBytes: 10) { id } }' },
  'Mutation.uploadChunk': { needs: Capability.DATA_IMPORT, probe: `mutation { uploadChunk(id: "${NO_ID}", offset: 0, base64: "AA==") { id } }` },
  'Mutation.startImport': { needs: Capability.DATA_IMPORT, probe: `mutation { startImport(uploadIds: ["${NO_ID}"]) { id } }` },
  // campaigns
  'Query.campaigns': { needs: Capability.CAMPAIGN_READ, probe: '{ campaigns { id } }' },
  'Query.campaign': { needs: Capability.CAMPAIGN_READ, probe: `{ campaign(id: "${NO_ID}") { id } }` },
  'Query.campaignJob': { needs: Capability.LIST_EXECUTE, probe: `{ campaignJob(id: "${NO_ID}") { id } }` },
  'Query.doNotContactEntries': { needs: Capability.DO_NOT_CONTACT_MANAGE, probe: '{ doNotContactEntries(subscriberId: "none") { id } }' },
  'Query.doNotContactImportReport': { needs: Capability.DO_NOT_CONTACT_MANAGE, probe: `{ doNotContactImportReport(jobId: "${NO_ID}") { line } }` },
  'Query.myTasks': { needs: Capability.TASK_WORK, probe: '{ myTasks(day: "2031-01-01") { id } }' },
  'Query.task': { needs: Capability.TASK_WORK, probe: `{ task(id: "${NO_ID}") { id } }` },
  'Query.msisdnReveals': { needs: Capability.LIST_EXECUTE, probe: '{ msisdnReveals(subscriberId: "none") { at } }' },
  'Mutation.createCampaign': { needs: Capability.CAMPAIGN_AUTHOR, probe: 'mutation { createCampaign(input: { name: " ", kind: CARE }) { id } }' },
  'Mutation.updateCampaign': { needs: Capability.CAMPAIGN_AUTHOR, probe: `mutation { updateCampaign(id: "${NO_ID}", version: 1, input: {}) { id } }` },
  'Mutation.submitCampaign': { needs: Capability.CAMPAIGN_AUTHOR, probe: `mutation { submitCampaign(id: "${NO_ID}", version: 1) { id } }` },
  'Mutation.approveCampaign': { needs: Capability.CAMPAIGN_APPROVE, probe: `mutation { approveCampaign(id: "${NO_ID}") { id } }` },
  'Mutation.returnCampaign': { needs: Capability.CAMPAIGN_APPROVE, probe: `mutation { returnCampaign(id: "${NO_ID}", comment: "x") { id } }` },
  'Mutation.closeCampaign': { needs: Capability.CAMPAIGN_AUTHOR, probe: `mutation { closeCampaign(id: "${NO_ID}") { id } }` },
  'Mutation.markCampaignEvaluated': { needs: Capability.CAMPAIGN_AUTHOR, probe: `mutation { markCampaignEvaluated(id: "${NO_ID}") { id } }` },
  'Mutation.cloneCampaign': { needs: Capability.CAMPAIGN_AUTHOR, probe: `mutation { cloneCampaign(id: "${NO_ID}") { id } }` },
  'Mutation.buildTargetList': { needs: Capability.LIST_EXECUTE, probe: `mutation { buildTargetList(campaignId: "${NO_ID}", branchCode: "CD") { id } }` },
  'Mutation.dispatchTargetList': { needs: Capability.LIST_EXECUTE, probe: `mutation { dispatchTargetList(campaignId: "${NO_ID}", branchCode: "CD") { dispatched } }` },
  'Mutation.reassignTasks': { needs: Capability.LIST_EXECUTE, probe: `mutation { reassignTasks(taskIds: [], toUserId: "${NO_ID}") }` },
  'Mutation.setManagerCapacity': { needs: Capability.LIST_EXECUTE, probe: `mutation { setManagerCapacity(userId: "${NO_ID}", capacity: 80) }` },
  'Mutation.addDoNotContact': { needs: Capability.DO_NOT_CONTACT_MANAGE, probe: 'mutation { addDoNotContact(input: { subscriberId: "none", reason: "probe" }) { id } }' },
  'Mutation.removeDoNotContact': { needs: Capability.DO_NOT_CONTACT_MANAGE, probe: `mutation { removeDoNotContact(id: "${NO_ID}") }` },
  'Mutation.beginCampaignUpload': { needs: Capability.DO_NOT_CONTACT_MANAGE, probe: 'mutation { beginCampaignUpload(fileName: "d.csv", sizeBytes: 0) { id } }' },
  'Mutation.campaignUploadChunk': { needs: Capability.DO_NOT_CONTACT_MANAGE, probe: `mutation { campaignUploadChunk(id: "${NO_ID}", offset: 0, base64: "AA==") { id } }` },
  'Mutation.importDoNotContact': { needs: Capability.DO_NOT_CONTACT_MANAGE, probe: `mutation { importDoNotContact(uploadId: "${NO_ID}") { id } }` },
  'Mutation.revealMsisdn': { needs: Capability.TASK_WORK, probe: `mutation { revealMsisdn(taskId: "${NO_ID}") }` },
  'Mutation.recordContact': { needs: Capability.TASK_WORK, probe: `mutation { recordContact(input: { taskId: "${NO_ID}", outcome: NO_ANSWER, idempotencyKey: "probe" }) { id } }` },
  // evaluation
  'Query.evaluationReports': { needs: Capability.REPORT_READ, probe: '{ evaluationReports { id } }' },
  // training (org, users)
  'Query.branches': { needs: Capability.ORG_READ, probe: '{ branches { code } }' },
  'Query.me': { needs: 'SIGNED_IN', probe: '{ me { username } }' },
  'Query.users': { needs: Capability.USER_ADMIN, probe: '{ users { id } }' },
  'Mutation.login': { needs: 'PUBLIC', probe: 'mutation { login(username: "matrix.probe", password: "not-it") { token } }' },
  'Mutation.createUser': { needs: Capability.USER_ADMIN, probe: 'mutation { createUser(input: { username: "X", displayName: "x", password: "x", role: TRAINER }) { id } }' },
  'Mutation.changePassword': { needs: 'SIGNED_IN', probe: 'mutation { changePassword(currentPassword: "not-it", newPassword: "long-enough") }' },
  'Mutation.resetPassword': { needs: Capability.USER_ADMIN, probe: `mutation { resetPassword(id: "${NO_ID}", newPassword: "long-enough") { id } }` },
  'Mutation.setUserActive': { needs: Capability.USER_ADMIN, probe: `mutation { setUserActive(id: "${NO_ID}", active: true) { id } }` },
};
