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
  'Query.campaignSampleSize': { needs: Capability.CAMPAIGN_READ, probe: '{ campaignSampleSize(input: { targetSegmentKey: "MID_HIGH_END", branchCodes: ["CD"], controlShare: 0.1, listSize: 0 }) { power } }' },
  'Query.treatmentMatrix': { needs: Capability.CAMPAIGN_READ, probe: '{ treatmentMatrix(version: 0) { retentionClass } }' },
  'Query.treatmentMatrixVersions': { needs: Capability.CAMPAIGN_READ, probe: '{ treatmentMatrixVersions }' },
  'Query.treatmentMatrixHistory': { needs: Capability.CAMPAIGN_READ, probe: '{ treatmentMatrixHistory { version } }' },
  'Query.msisdnRevealLog': { needs: Capability.MSISDN_AUDIT_READ, probe: '{ msisdnRevealLog(filter: { subscriberId: "none" }, first: 1) { totalCount } }' },
  'Query.msisdnRevealUsers': { needs: Capability.MSISDN_AUDIT_READ, probe: '{ msisdnRevealUsers(branchCode: "CD") { userId } }' },
  'Query.campaignTasks': { needs: Capability.LIST_EXECUTE, probe: `{ campaignTasks(campaignId: "${NO_ID}", branchCode: "CD", first: 1) { totalCount } }` },
  'Mutation.updateTreatmentMatrix': { needs: Capability.CAMPAIGN_APPROVE, probe: 'mutation { updateTreatmentMatrix(version: 0, rows: []) { version } }' },
  'Query.branchManagers': { needs: Capability.LIST_EXECUTE, probe: '{ branchManagers(branchCode: "CD") { userId } }' },
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
  'Mutation.buildTargetLists': { needs: Capability.LIST_EXECUTE, probe: `mutation { buildTargetLists(campaignId: "${NO_ID}") { id } }` },
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
  'Query.evaluationReport': { needs: Capability.REPORT_READ, probe: `{ evaluationReport(id: "${NO_ID}") { id } }` },
  'Query.evaluationReviewQueue': { needs: Capability.REPORT_REVIEW, probe: '{ evaluationReviewQueue { id } }' },
  'Query.sharedPractices': { needs: Capability.REPORT_READ, probe: '{ sharedPractices(filter: { tag: "matrix-probe" }) { id } }' },
  'Query.evaluationNotifications': { needs: Capability.REPORT_READ, probe: '{ evaluationNotifications(first: 1) { id } }' },
  'Query.unreadEvaluationNotificationCount': { needs: Capability.REPORT_READ, probe: '{ unreadEvaluationNotificationCount }' },
  'Mutation.createEvaluationReport': {
    needs: Capability.REPORT_WRITE,
    probe: `mutation { createEvaluationReport(input: { campaignId: "${NO_ID}", idempotencyKey: "matrix-probe" }) { id } }`,
  },
  'Mutation.updateEvaluationReport': { needs: Capability.REPORT_WRITE, probe: `mutation { updateEvaluationReport(id: "${NO_ID}", version: 1, input: {}) { id } }` },
  'Mutation.submitEvaluationReport': { needs: Capability.REPORT_WRITE, probe: `mutation { submitEvaluationReport(id: "${NO_ID}") { id } }` },
  'Mutation.returnEvaluationReport': { needs: Capability.REPORT_REVIEW, probe: `mutation { returnEvaluationReport(id: "${NO_ID}", comment: "probe") { id } }` },
  'Mutation.acceptEvaluationReport': { needs: Capability.REPORT_REVIEW, probe: `mutation { acceptEvaluationReport(id: "${NO_ID}") { id } }` },
  'Mutation.shareEvaluationReport': { needs: Capability.REPORT_REVIEW, probe: `mutation { shareEvaluationReport(id: "${NO_ID}", shared: true) { id } }` },
  'Mutation.markEvaluationNotificationsRead': { needs: Capability.REPORT_READ, probe: `mutation { markEvaluationNotificationsRead(ids: ["${NO_ID}"]) }` },
  'Query.churnAnalysis': { needs: Capability.ANALYSIS_READ, probe: '{ churnAnalysis(month: "2031-13") { month } }' },
  'Query.uptakeByTenureBand': { needs: Capability.ANALYSIS_READ, probe: '{ uptakeByTenureBand(branchCode: "NONE") { tenureBand } }' },
  // training (org, users)
  'Query.branches': { needs: Capability.ORG_READ, probe: '{ branches { code } }' },
  'Query.me': { needs: 'SIGNED_IN', probe: '{ me { username } }' },
  'Query.users': { needs: Capability.USER_ADMIN, probe: '{ users { id } }' },
  'Mutation.login': { needs: 'PUBLIC', probe: 'mutation { login(username: "matrix.probe", password: "not-it") { token } }' },
  'Mutation.createUser': { needs: Capability.USER_ADMIN, probe: 'mutation { createUser(input: { username: "X", displayName: "x", password: "x", role: TRAINER }) { id } }' },
  'Mutation.changePassword': { needs: 'SIGNED_IN', probe: 'mutation { changePassword(currentPassword: "not-it", newPassword: "long-enough") }' },
  'Mutation.resetPassword': { needs: Capability.USER_ADMIN, probe: `mutation { resetPassword(id: "${NO_ID}", newPassword: "long-enough") { id } }` },
  'Mutation.setUserActive': { needs: Capability.USER_ADMIN, probe: `mutation { setUserActive(id: "${NO_ID}", active: true) { id } }` },
  // training (staff, courses, sessions, enrollment, coverage, KPI)
  'Query.staff': { needs: Capability.TRAINING_READ, probe: '{ staff(first: 1) { totalCount } }' },
  'Query.staffMember': { needs: Capability.TRAINING_READ, probe: `{ staffMember(id: "${NO_ID}") { id } }` },
  'Query.courses': { needs: Capability.TRAINING_READ, probe: '{ courses { id } }' },
  'Query.course': { needs: Capability.TRAINING_READ, probe: `{ course(id: "${NO_ID}") { id } }` },
  'Query.trainingSessions': { needs: Capability.TRAINING_READ, probe: '{ trainingSessions(quarter: "2031-Q1") { id } }' },
  'Query.trainingSession': { needs: Capability.TRAINING_READ, probe: `{ trainingSession(id: "${NO_ID}") { id } }` },
  'Query.plannerSessionCheck': { needs: Capability.TRAINING_READ, probe: '{ plannerSessionCheck(quarter: "2031-Q1") { ok } }' },
  'Query.trainingCoverage': { needs: Capability.KPI_READ, probe: '{ trainingCoverage(quarter: "2031-Q1", role: PHONE_MANAGER) { branchCode } }' },
  'Query.trainingCoverageTrend': { needs: Capability.KPI_READ, probe: '{ trainingCoverageTrend(throughQuarter: "2031-Q1", quarters: 1) { branchCode } }' },
  'Query.kpiDefinitions': { needs: Capability.KPI_READ, probe: '{ kpiDefinitions { key } }' },
  'Query.kpiTargets': { needs: Capability.KPI_READ, probe: '{ kpiTargets(year: 2031) { kpi } }' },
  'Query.kpiTargetVersions': { needs: Capability.KPI_READ, probe: '{ kpiTargetVersions(year: 2031) { kpi } }' },
  'Query.kpiScoreboard': { needs: Capability.KPI_READ, probe: '{ kpiScoreboard(year: 2031, month: "2031-01") { branchCode } }' },
  'Query.kpiTrend': { needs: Capability.KPI_READ, probe: '{ kpiTrend(year: 2031, throughMonth: "2031-01") { month } }' },
  'Mutation.createStaff': { needs: Capability.STAFF_MANAGE, probe: 'mutation { createStaff(input: { displayName: " ", role: FRONT_DESK, branchCode: "GA" }) { id } }' },
  'Mutation.updateStaff': { needs: Capability.STAFF_MANAGE, probe: `mutation { updateStaff(id: "${NO_ID}", version: 1, input: {}) { id } }` },
  'Mutation.importStaff': { needs: Capability.STAFF_MANAGE, probe: 'mutation { importStaff(fileName: "s.csv", contentBase64: "", dryRun: true) { imported } }' },
  'Mutation.createCourse': { needs: Capability.TRAINING_MANAGE, probe: 'mutation { createCourse(input: { code: "x", title: "x", category: TOPICAL, audienceRoles: [BRANCH_PLANNER], hours: 1 }) { id } }' },
  'Mutation.updateCourse': { needs: Capability.TRAINING_MANAGE, probe: `mutation { updateCourse(id: "${NO_ID}", version: 1, input: {}) { id } }` },
  'Mutation.createTrainingSession': {
    needs: Capability.TRAINING_MANAGE,
    probe: `mutation { createTrainingSession(input: { courseId: "${NO_ID}", level: PROVINCE, trainer: "x", place: "x", startDate: "2031-01-05", capacity: 1 }) { id } }`,
  },
  'Mutation.updateTrainingSession': { needs: Capability.TRAINING_MANAGE, probe: `mutation { updateTrainingSession(id: "${NO_ID}", version: 1, input: {}) { id } }` },
  'Mutation.cancelTrainingSession': { needs: Capability.TRAINING_MANAGE, probe: `mutation { cancelTrainingSession(id: "${NO_ID}", version: 1) { id } }` },
  'Mutation.enrollStaff': { needs: Capability.ENROLLMENT_MANAGE, probe: `mutation { enrollStaff(sessionId: "${NO_ID}", staffIds: []) { id } }` },
  'Mutation.enrollByRole': { needs: Capability.ENROLLMENT_MANAGE, probe: `mutation { enrollByRole(sessionId: "${NO_ID}", role: FRONT_DESK) { id } }` },
  'Mutation.withdrawEnrollment': { needs: Capability.ENROLLMENT_MANAGE, probe: `mutation { withdrawEnrollment(id: "${NO_ID}", version: 1) }` },
  'Mutation.recordAttendance': { needs: Capability.TRAINING_MANAGE, probe: `mutation { recordAttendance(sessionId: "${NO_ID}", entries: []) { id } }` },
  'Mutation.importSignInSheet': { needs: Capability.TRAINING_MANAGE, probe: `mutation { importSignInSheet(sessionId: "${NO_ID}", fileName: "s.csv", contentBase64: "", dryRun: true) { imported } }` },
  'Mutation.setKpiTargets': { needs: Capability.KPI_TARGET_SET, probe: 'mutation { setKpiTargets(year: 2031, input: []) { kpi } }' },
  'Query.talkTrackCampaigns': { needs: Capability.TRAINING_READ, probe: '{ talkTrackCampaigns { id } }' },
  'Mutation.linkTalkTrackCourse': { needs: Capability.TALK_TRACK_LINK, probe: `mutation { linkTalkTrackCourse(courseId: "${NO_ID}", version: 1) { id } }` },
  'Query.kpiCohort': { needs: Capability.KPI_READ, probe: '{ kpiCohort(year: 2031) { baseMonth } }' },
  'Query.kpiCohortVersions': { needs: Capability.KPI_READ, probe: '{ kpiCohortVersions(year: 2031) { baseMonth } }' },
  'Mutation.setKpiCohort': { needs: Capability.KPI_TARGET_SET, probe: 'mutation { setKpiCohort(year: 2031, input: { segmentKey: "NOT_A_SEGMENT", baseMonth: "2030-12" }) { baseMonth } }' },
  'Mutation.importKpiTargets': { needs: Capability.KPI_TARGET_SET, probe: 'mutation { importKpiTargets(year: 2031, fileName: "t.csv", contentBase64: "", dryRun: true) { imported } }' },
};
