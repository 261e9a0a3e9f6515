/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ChurnAnalysisPage($baseMonth: String, $month: String, $population: AnalysisPopulation, $branchCode: String) {\n    churnAnalysis(baseMonth: $baseMonth, month: $month, population: $population, branchCode: $branchCode) {\n      baseMonth month population branchCode participationFrom participationTo\n      total { members churned churnRate }\n      byMeasure { measure with { members churned churnRate } without { members churned churnRate } difference }\n      byMeasureCount { measures members churned churnRate }\n      byParticipation { participation members churned churnRate }\n    }\n  }\n": typeof types.ChurnAnalysisPageDocument,
    "\n  query UptakeByTenurePage($branchCode: String) {\n    uptakeByTenureBand(branchCode: $branchCode) { campaignKind tenureBand campaigns contacted accepted uptake }\n  }\n": typeof types.UptakeByTenurePageDocument,
    "\n  query EvaluationCampaigns {\n    campaigns { id name kind level status }\n  }\n": typeof types.EvaluationCampaignsDocument,
    "\n  query CampaignResults($id: ID!, $month: String) {\n    campaign(id: $id) {\n      id\n      name\n      pool: evaluation(month: $month) {\n        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }\n        tenure: breakdown(by: TENURE_BAND) { key listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n      }\n      branchEvaluations(month: $month) {\n        branchCode month provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n      }\n    }\n  }\n": typeof types.CampaignResultsDocument,
    "\n  query EvaluationReports {\n    evaluationReports { id status version month tags updatedAt sharedPractice branchCode branch { code name nameEn } campaign { id name kind } }\n  }\n": typeof types.EvaluationReportsDocument,
    "\n  query ReviewQueue {\n    evaluationReviewQueue { id status version month campaignName campaignKind branchCode submittedAt sharedPractice tags }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  query ProvinceSharedPractices($filter: SharedPracticeFilter) {\n    sharedPractices(filter: $filter) { id status version month campaignName campaignKind branchCode tags retentionClasses whatWorked sharedAt sharedPractice }\n  }\n": typeof types.ProvinceSharedPracticesDocument,
    "\n  query ProvinceEvaluationNotices {\n    evaluationNotifications(first: 30) { id kind campaignName branchCode month comment actorName createdAt read }\n    unreadEvaluationNotificationCount\n  }\n": typeof types.ProvinceEvaluationNoticesDocument,
    "\n  mutation ProvinceMarkNoticesRead {\n    markEvaluationNotificationsRead\n  }\n": typeof types.ProvinceMarkNoticesReadDocument,
    "\n  query ReportDetail($id: ID!) {\n    evaluationReport(id: $id) {\n      id campaignName campaignKind branchCode month status version whatWorked problems customerFeedback suggestions nextActions\n      tags retentionClasses reviewerComment sharedPractice submittedAt\n      figures {\n        computedAt provisional listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction\n        churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered\n        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }\n        tenure: breakdown(by: TENURE_BAND) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n      }\n      history { at actorName action fromStatus toStatus comment }\n    }\n  }\n": typeof types.ReportDetailDocument,
    "\n  mutation ReturnReport($id: ID!, $comment: String!, $version: Int) {\n    returnEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }\n  }\n": typeof types.ReturnReportDocument,
    "\n  mutation AcceptReport($id: ID!, $comment: String, $version: Int) {\n    acceptEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }\n  }\n": typeof types.AcceptReportDocument,
    "\n  mutation ShareReport($id: ID!, $shared: Boolean!, $tags: [String!], $version: Int) {\n    shareEvaluationReport(id: $id, shared: $shared, tags: $tags, version: $version) { id status version sharedPractice tags updatedAt }\n  }\n": typeof types.ShareReportDocument,
    "\n  query ProvinceHome {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name status startDate endDate }\n    evaluationReports(status: SUBMITTED) { id }\n    segmentMonths { latest refreshed }\n  }\n": typeof types.ProvinceHomeDocument,
    "\n  mutation StartImport($uploadIds: [ID!]!, $quarantine: Boolean!, $refresh: Boolean!) {\n    startImport(uploadIds: $uploadIds, quarantine: $quarantine, refresh: $refresh) { id }\n  }\n": typeof types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    segmentJob(id: $id) {\n      id\n      job { id status phase progress rowsDone error }\n      errorCount\n      files { kind file rowsRead rowsImported rowsRejected months ignoredColumns }\n      refreshedMonths\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportErrors($id: ID!) {\n    importErrors(jobId: $id, limit: 500) { file line column code value message }\n  }\n": typeof types.ImportErrorsDocument,
    "\n  mutation BeginUpload($kind: String!, $fileName: String!, $sizeBytes: Float!) {\n    beginUpload(kind: $kind, fileName: $fileName, sizeBytes: $sizeBytes) { id }\n  }\n": typeof types.BeginUploadDocument,
    "\n  mutation UploadChunk($id: ID!, $offset: Float!, $base64: String!) {\n    uploadChunk(id: $id, offset: $offset, base64: $base64) { received }\n  }\n": typeof types.UploadChunkDocument,
    "\n  query KpiCohortChoice($year: Int!) {\n    kpiCohort(year: $year) { year effectiveMonth segmentKey baseMonth cohortId cohortName isDefault versionId setAt setBy }\n    kpiCohortVersions(year: $year) { effectiveMonth segmentKey baseMonth cohortName isDefault versionId setAt setBy }\n  }\n": typeof types.KpiCohortChoiceDocument,
    "\n  query KpiCohortOptions {\n    cohorts { id name segmentKey definitionId baseMonth members }\n    segmentMonths { refreshed }\n  }\n": typeof types.KpiCohortOptionsDocument,
    "\n  mutation SetKpiCohort($year: Int!, $input: KpiCohortInput!, $effectiveMonth: String, $idempotencyKey: String) {\n    setKpiCohort(year: $year, input: $input, effectiveMonth: $effectiveMonth, idempotencyKey: $idempotencyKey) { versionId effectiveMonth segmentKey baseMonth }\n  }\n": typeof types.SetKpiCohortDocument,
    "\n  query KpiMonths {\n    segmentMonths { refreshed latest }\n  }\n": typeof types.KpiMonthsDocument,
    "\n  query KpiScoreboard($year: Int!, $month: String!) {\n    kpiScoreboard(year: $year, month: $month) {\n      branchCode rank total movement previousRank\n      scores { kpi actual target weight cap attainment score noData numerator denominator figures { key period value } }\n    }\n  }\n": typeof types.KpiScoreboardDocument,
    "\n  query KpiTrend($year: Int!, $through: String) {\n    kpiTrend(year: $year, throughMonth: $through) { month branchCode rank total }\n  }\n": typeof types.KpiTrendDocument,
    "\n  query ProvincePlannerRule($quarter: String!) {\n    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }\n  }\n": typeof types.ProvincePlannerRuleDocument,
    "\n  query KpiTargets($year: Int!) {\n    kpiTargets(year: $year) { branchCode kpi target weight cap effectiveMonth versionId }\n  }\n": typeof types.KpiTargetsDocument,
    "\n  mutation SetKpiTargets($year: Int!, $input: [KpiTargetInput!]!, $effectiveMonth: String) {\n    setKpiTargets(year: $year, input: $input, effectiveMonth: $effectiveMonth) { branchCode kpi target weight cap effectiveMonth versionId }\n  }\n": typeof types.SetKpiTargetsDocument,
    "\n  mutation ImportKpiTargets($year: Int!, $fileName: String!, $content: String!, $effectiveMonth: String) {\n    importKpiTargets(year: $year, fileName: $fileName, contentBase64: $content, effectiveMonth: $effectiveMonth) { imported branches errors { line column code message } }\n  }\n": typeof types.ImportKpiTargetsDocument,
    "\n  query PolicyOverview {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }\n  }\n": typeof types.PolicyOverviewDocument,
    "\n  query MsisdnRevealLog($filter: MsisdnRevealFilter, $first: Int!, $after: String) {\n    msisdnRevealLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id revealedAt userId user branchCode subscriberId campaignId campaignName taskId }\n    }\n  }\n": typeof types.MsisdnRevealLogDocument,
    "\n  query MsisdnRevealUsers($branchCode: String) { msisdnRevealUsers(branchCode: $branchCode) { userId user branchCode } }\n": typeof types.MsisdnRevealUsersDocument,
    "\n  query TreatmentMatrixHistory { treatmentMatrixHistory { version createdBy createdAt } }\n": typeof types.TreatmentMatrixHistoryDocument,
    "\n  query TreatmentMatrixPage($version: Int!, $previous: Int!) {\n    current: treatmentMatrix(version: $version) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }\n    previous: treatmentMatrix(version: $previous) { version retentionClass kinds channels offerKinds products promotions newServices service }\n  }\n": typeof types.TreatmentMatrixPageDocument,
    "\n  mutation UpdateTreatmentMatrix($version: Int!, $rows: [TreatmentRowInput!]!) {\n    updateTreatmentMatrix(version: $version, rows: $rows) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }\n  }\n": typeof types.UpdateTreatmentMatrixDocument,
};
const documents: Documents = {
    "\n  query ChurnAnalysisPage($baseMonth: String, $month: String, $population: AnalysisPopulation, $branchCode: String) {\n    churnAnalysis(baseMonth: $baseMonth, month: $month, population: $population, branchCode: $branchCode) {\n      baseMonth month population branchCode participationFrom participationTo\n      total { members churned churnRate }\n      byMeasure { measure with { members churned churnRate } without { members churned churnRate } difference }\n      byMeasureCount { measures members churned churnRate }\n      byParticipation { participation members churned churnRate }\n    }\n  }\n": types.ChurnAnalysisPageDocument,
    "\n  query UptakeByTenurePage($branchCode: String) {\n    uptakeByTenureBand(branchCode: $branchCode) { campaignKind tenureBand campaigns contacted accepted uptake }\n  }\n": types.UptakeByTenurePageDocument,
    "\n  query EvaluationCampaigns {\n    campaigns { id name kind level status }\n  }\n": types.EvaluationCampaignsDocument,
    "\n  query CampaignResults($id: ID!, $month: String) {\n    campaign(id: $id) {\n      id\n      name\n      pool: evaluation(month: $month) {\n        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }\n        tenure: breakdown(by: TENURE_BAND) { key listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n      }\n      branchEvaluations(month: $month) {\n        branchCode month provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n      }\n    }\n  }\n": types.CampaignResultsDocument,
    "\n  query EvaluationReports {\n    evaluationReports { id status version month tags updatedAt sharedPractice branchCode branch { code name nameEn } campaign { id name kind } }\n  }\n": types.EvaluationReportsDocument,
    "\n  query ReviewQueue {\n    evaluationReviewQueue { id status version month campaignName campaignKind branchCode submittedAt sharedPractice tags }\n  }\n": types.ReviewQueueDocument,
    "\n  query ProvinceSharedPractices($filter: SharedPracticeFilter) {\n    sharedPractices(filter: $filter) { id status version month campaignName campaignKind branchCode tags retentionClasses whatWorked sharedAt sharedPractice }\n  }\n": types.ProvinceSharedPracticesDocument,
    "\n  query ProvinceEvaluationNotices {\n    evaluationNotifications(first: 30) { id kind campaignName branchCode month comment actorName createdAt read }\n    unreadEvaluationNotificationCount\n  }\n": types.ProvinceEvaluationNoticesDocument,
    "\n  mutation ProvinceMarkNoticesRead {\n    markEvaluationNotificationsRead\n  }\n": types.ProvinceMarkNoticesReadDocument,
    "\n  query ReportDetail($id: ID!) {\n    evaluationReport(id: $id) {\n      id campaignName campaignKind branchCode month status version whatWorked problems customerFeedback suggestions nextActions\n      tags retentionClasses reviewerComment sharedPractice submittedAt\n      figures {\n        computedAt provisional listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction\n        churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered\n        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }\n        tenure: breakdown(by: TENURE_BAND) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n      }\n      history { at actorName action fromStatus toStatus comment }\n    }\n  }\n": types.ReportDetailDocument,
    "\n  mutation ReturnReport($id: ID!, $comment: String!, $version: Int) {\n    returnEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }\n  }\n": types.ReturnReportDocument,
    "\n  mutation AcceptReport($id: ID!, $comment: String, $version: Int) {\n    acceptEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }\n  }\n": types.AcceptReportDocument,
    "\n  mutation ShareReport($id: ID!, $shared: Boolean!, $tags: [String!], $version: Int) {\n    shareEvaluationReport(id: $id, shared: $shared, tags: $tags, version: $version) { id status version sharedPractice tags updatedAt }\n  }\n": types.ShareReportDocument,
    "\n  query ProvinceHome {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name status startDate endDate }\n    evaluationReports(status: SUBMITTED) { id }\n    segmentMonths { latest refreshed }\n  }\n": types.ProvinceHomeDocument,
    "\n  mutation StartImport($uploadIds: [ID!]!, $quarantine: Boolean!, $refresh: Boolean!) {\n    startImport(uploadIds: $uploadIds, quarantine: $quarantine, refresh: $refresh) { id }\n  }\n": types.StartImportDocument,
    "\n  query ImportJob($id: ID!) {\n    segmentJob(id: $id) {\n      id\n      job { id status phase progress rowsDone error }\n      errorCount\n      files { kind file rowsRead rowsImported rowsRejected months ignoredColumns }\n      refreshedMonths\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportErrors($id: ID!) {\n    importErrors(jobId: $id, limit: 500) { file line column code value message }\n  }\n": types.ImportErrorsDocument,
    "\n  mutation BeginUpload($kind: String!, $fileName: String!, $sizeBytes: Float!) {\n    beginUpload(kind: $kind, fileName: $fileName, sizeBytes: $sizeBytes) { id }\n  }\n": types.BeginUploadDocument,
    "\n  mutation UploadChunk($id: ID!, $offset: Float!, $base64: String!) {\n    uploadChunk(id: $id, offset: $offset, base64: $base64) { received }\n  }\n": types.UploadChunkDocument,
    "\n  query KpiCohortChoice($year: Int!) {\n    kpiCohort(year: $year) { year effectiveMonth segmentKey baseMonth cohortId cohortName isDefault versionId setAt setBy }\n    kpiCohortVersions(year: $year) { effectiveMonth segmentKey baseMonth cohortName isDefault versionId setAt setBy }\n  }\n": types.KpiCohortChoiceDocument,
    "\n  query KpiCohortOptions {\n    cohorts { id name segmentKey definitionId baseMonth members }\n    segmentMonths { refreshed }\n  }\n": types.KpiCohortOptionsDocument,
    "\n  mutation SetKpiCohort($year: Int!, $input: KpiCohortInput!, $effectiveMonth: String, $idempotencyKey: String) {\n    setKpiCohort(year: $year, input: $input, effectiveMonth: $effectiveMonth, idempotencyKey: $idempotencyKey) { versionId effectiveMonth segmentKey baseMonth }\n  }\n": types.SetKpiCohortDocument,
    "\n  query KpiMonths {\n    segmentMonths { refreshed latest }\n  }\n": types.KpiMonthsDocument,
    "\n  query KpiScoreboard($year: Int!, $month: String!) {\n    kpiScoreboard(year: $year, month: $month) {\n      branchCode rank total movement previousRank\n      scores { kpi actual target weight cap attainment score noData numerator denominator figures { key period value } }\n    }\n  }\n": types.KpiScoreboardDocument,
    "\n  query KpiTrend($year: Int!, $through: String) {\n    kpiTrend(year: $year, throughMonth: $through) { month branchCode rank total }\n  }\n": types.KpiTrendDocument,
    "\n  query ProvincePlannerRule($quarter: String!) {\n    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }\n  }\n": types.ProvincePlannerRuleDocument,
    "\n  query KpiTargets($year: Int!) {\n    kpiTargets(year: $year) { branchCode kpi target weight cap effectiveMonth versionId }\n  }\n": types.KpiTargetsDocument,
    "\n  mutation SetKpiTargets($year: Int!, $input: [KpiTargetInput!]!, $effectiveMonth: String) {\n    setKpiTargets(year: $year, input: $input, effectiveMonth: $effectiveMonth) { branchCode kpi target weight cap effectiveMonth versionId }\n  }\n": types.SetKpiTargetsDocument,
    "\n  mutation ImportKpiTargets($year: Int!, $fileName: String!, $content: String!, $effectiveMonth: String) {\n    importKpiTargets(year: $year, fileName: $fileName, contentBase64: $content, effectiveMonth: $effectiveMonth) { imported branches errors { line column code message } }\n  }\n": types.ImportKpiTargetsDocument,
    "\n  query PolicyOverview {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }\n  }\n": types.PolicyOverviewDocument,
    "\n  query MsisdnRevealLog($filter: MsisdnRevealFilter, $first: Int!, $after: String) {\n    msisdnRevealLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id revealedAt userId user branchCode subscriberId campaignId campaignName taskId }\n    }\n  }\n": types.MsisdnRevealLogDocument,
    "\n  query MsisdnRevealUsers($branchCode: String) { msisdnRevealUsers(branchCode: $branchCode) { userId user branchCode } }\n": types.MsisdnRevealUsersDocument,
    "\n  query TreatmentMatrixHistory { treatmentMatrixHistory { version createdBy createdAt } }\n": types.TreatmentMatrixHistoryDocument,
    "\n  query TreatmentMatrixPage($version: Int!, $previous: Int!) {\n    current: treatmentMatrix(version: $version) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }\n    previous: treatmentMatrix(version: $previous) { version retentionClass kinds channels offerKinds products promotions newServices service }\n  }\n": types.TreatmentMatrixPageDocument,
    "\n  mutation UpdateTreatmentMatrix($version: Int!, $rows: [TreatmentRowInput!]!) {\n    updateTreatmentMatrix(version: $version, rows: $rows) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }\n  }\n": types.UpdateTreatmentMatrixDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChurnAnalysisPage($baseMonth: String, $month: String, $population: AnalysisPopulation, $branchCode: String) {\n    churnAnalysis(baseMonth: $baseMonth, month: $month, population: $population, branchCode: $branchCode) {\n      baseMonth month population branchCode participationFrom participationTo\n      total { members churned churnRate }\n      byMeasure { measure with { members churned churnRate } without { members churned churnRate } difference }\n      byMeasureCount { measures members churned churnRate }\n      byParticipation { participation members churned churnRate }\n    }\n  }\n"): (typeof documents)["\n  query ChurnAnalysisPage($baseMonth: String, $month: String, $population: AnalysisPopulation, $branchCode: String) {\n    churnAnalysis(baseMonth: $baseMonth, month: $month, population: $population, branchCode: $branchCode) {\n      baseMonth month population branchCode participationFrom participationTo\n      total { members churned churnRate }\n      byMeasure { measure with { members churned churnRate } without { members churned churnRate } difference }\n      byMeasureCount { measures members churned churnRate }\n      byParticipation { participation members churned churnRate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UptakeByTenurePage($branchCode: String) {\n    uptakeByTenureBand(branchCode: $branchCode) { campaignKind tenureBand campaigns contacted accepted uptake }\n  }\n"): (typeof documents)["\n  query UptakeByTenurePage($branchCode: String) {\n    uptakeByTenureBand(branchCode: $branchCode) { campaignKind tenureBand campaigns contacted accepted uptake }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationCampaigns {\n    campaigns { id name kind level status }\n  }\n"): (typeof documents)["\n  query EvaluationCampaigns {\n    campaigns { id name kind level status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignResults($id: ID!, $month: String) {\n    campaign(id: $id) {\n      id\n      name\n      pool: evaluation(month: $month) {\n        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }\n        tenure: breakdown(by: TENURE_BAND) { key listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n      }\n      branchEvaluations(month: $month) {\n        branchCode month provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignResults($id: ID!, $month: String) {\n    campaign(id: $id) {\n      id\n      name\n      pool: evaluation(month: $month) {\n        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }\n        tenure: breakdown(by: TENURE_BAND) { key listSize controlSize contacted reached accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid validComplaintRate cost }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n      }\n      branchEvaluations(month: $month) {\n        branchCode month provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationReports {\n    evaluationReports { id status version month tags updatedAt sharedPractice branchCode branch { code name nameEn } campaign { id name kind } }\n  }\n"): (typeof documents)["\n  query EvaluationReports {\n    evaluationReports { id status version month tags updatedAt sharedPractice branchCode branch { code name nameEn } campaign { id name kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    evaluationReviewQueue { id status version month campaignName campaignKind branchCode submittedAt sharedPractice tags }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    evaluationReviewQueue { id status version month campaignName campaignKind branchCode submittedAt sharedPractice tags }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceSharedPractices($filter: SharedPracticeFilter) {\n    sharedPractices(filter: $filter) { id status version month campaignName campaignKind branchCode tags retentionClasses whatWorked sharedAt sharedPractice }\n  }\n"): (typeof documents)["\n  query ProvinceSharedPractices($filter: SharedPracticeFilter) {\n    sharedPractices(filter: $filter) { id status version month campaignName campaignKind branchCode tags retentionClasses whatWorked sharedAt sharedPractice }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceEvaluationNotices {\n    evaluationNotifications(first: 30) { id kind campaignName branchCode month comment actorName createdAt read }\n    unreadEvaluationNotificationCount\n  }\n"): (typeof documents)["\n  query ProvinceEvaluationNotices {\n    evaluationNotifications(first: 30) { id kind campaignName branchCode month comment actorName createdAt read }\n    unreadEvaluationNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvinceMarkNoticesRead {\n    markEvaluationNotificationsRead\n  }\n"): (typeof documents)["\n  mutation ProvinceMarkNoticesRead {\n    markEvaluationNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDetail($id: ID!) {\n    evaluationReport(id: $id) {\n      id campaignName campaignKind branchCode month status version whatWorked problems customerFeedback suggestions nextActions\n      tags retentionClasses reviewerComment sharedPractice submittedAt\n      figures {\n        computedAt provisional listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction\n        churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered\n        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }\n        tenure: breakdown(by: TENURE_BAND) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n      }\n      history { at actorName action fromStatus toStatus comment }\n    }\n  }\n"): (typeof documents)["\n  query ReportDetail($id: ID!) {\n    evaluationReport(id: $id) {\n      id campaignName campaignKind branchCode month status version whatWorked problems customerFeedback suggestions nextActions\n      tags retentionClasses reviewerComment sharedPractice submittedAt\n      figures {\n        computedAt provisional listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction\n        churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered\n        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }\n        tenure: breakdown(by: TENURE_BAND) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n      }\n      history { at actorName action fromStatus toStatus comment }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnReport($id: ID!, $comment: String!, $version: Int) {\n    returnEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }\n  }\n"): (typeof documents)["\n  mutation ReturnReport($id: ID!, $comment: String!, $version: Int) {\n    returnEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReport($id: ID!, $comment: String, $version: Int) {\n    acceptEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }\n  }\n"): (typeof documents)["\n  mutation AcceptReport($id: ID!, $comment: String, $version: Int) {\n    acceptEvaluationReport(id: $id, comment: $comment, version: $version) { id status version reviewerComment updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareReport($id: ID!, $shared: Boolean!, $tags: [String!], $version: Int) {\n    shareEvaluationReport(id: $id, shared: $shared, tags: $tags, version: $version) { id status version sharedPractice tags updatedAt }\n  }\n"): (typeof documents)["\n  mutation ShareReport($id: ID!, $shared: Boolean!, $tags: [String!], $version: Int) {\n    shareEvaluationReport(id: $id, shared: $shared, tags: $tags, version: $version) { id status version sharedPractice tags updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceHome {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name status startDate endDate }\n    evaluationReports(status: SUBMITTED) { id }\n    segmentMonths { latest refreshed }\n  }\n"): (typeof documents)["\n  query ProvinceHome {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name status startDate endDate }\n    evaluationReports(status: SUBMITTED) { id }\n    segmentMonths { latest refreshed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($uploadIds: [ID!]!, $quarantine: Boolean!, $refresh: Boolean!) {\n    startImport(uploadIds: $uploadIds, quarantine: $quarantine, refresh: $refresh) { id }\n  }\n"): (typeof documents)["\n  mutation StartImport($uploadIds: [ID!]!, $quarantine: Boolean!, $refresh: Boolean!) {\n    startImport(uploadIds: $uploadIds, quarantine: $quarantine, refresh: $refresh) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    segmentJob(id: $id) {\n      id\n      job { id status phase progress rowsDone error }\n      errorCount\n      files { kind file rowsRead rowsImported rowsRejected months ignoredColumns }\n      refreshedMonths\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    segmentJob(id: $id) {\n      id\n      job { id status phase progress rowsDone error }\n      errorCount\n      files { kind file rowsRead rowsImported rowsRejected months ignoredColumns }\n      refreshedMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportErrors($id: ID!) {\n    importErrors(jobId: $id, limit: 500) { file line column code value message }\n  }\n"): (typeof documents)["\n  query ImportErrors($id: ID!) {\n    importErrors(jobId: $id, limit: 500) { file line column code value message }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginUpload($kind: String!, $fileName: String!, $sizeBytes: Float!) {\n    beginUpload(kind: $kind, fileName: $fileName, sizeBytes: $sizeBytes) { id }\n  }\n"): (typeof documents)["\n  mutation BeginUpload($kind: String!, $fileName: String!, $sizeBytes: Float!) {\n    beginUpload(kind: $kind, fileName: $fileName, sizeBytes: $sizeBytes) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadChunk($id: ID!, $offset: Float!, $base64: String!) {\n    uploadChunk(id: $id, offset: $offset, base64: $base64) { received }\n  }\n"): (typeof documents)["\n  mutation UploadChunk($id: ID!, $offset: Float!, $base64: String!) {\n    uploadChunk(id: $id, offset: $offset, base64: $base64) { received }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiCohortChoice($year: Int!) {\n    kpiCohort(year: $year) { year effectiveMonth segmentKey baseMonth cohortId cohortName isDefault versionId setAt setBy }\n    kpiCohortVersions(year: $year) { effectiveMonth segmentKey baseMonth cohortName isDefault versionId setAt setBy }\n  }\n"): (typeof documents)["\n  query KpiCohortChoice($year: Int!) {\n    kpiCohort(year: $year) { year effectiveMonth segmentKey baseMonth cohortId cohortName isDefault versionId setAt setBy }\n    kpiCohortVersions(year: $year) { effectiveMonth segmentKey baseMonth cohortName isDefault versionId setAt setBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiCohortOptions {\n    cohorts { id name segmentKey definitionId baseMonth members }\n    segmentMonths { refreshed }\n  }\n"): (typeof documents)["\n  query KpiCohortOptions {\n    cohorts { id name segmentKey definitionId baseMonth members }\n    segmentMonths { refreshed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKpiCohort($year: Int!, $input: KpiCohortInput!, $effectiveMonth: String, $idempotencyKey: String) {\n    setKpiCohort(year: $year, input: $input, effectiveMonth: $effectiveMonth, idempotencyKey: $idempotencyKey) { versionId effectiveMonth segmentKey baseMonth }\n  }\n"): (typeof documents)["\n  mutation SetKpiCohort($year: Int!, $input: KpiCohortInput!, $effectiveMonth: String, $idempotencyKey: String) {\n    setKpiCohort(year: $year, input: $input, effectiveMonth: $effectiveMonth, idempotencyKey: $idempotencyKey) { versionId effectiveMonth segmentKey baseMonth }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiMonths {\n    segmentMonths { refreshed latest }\n  }\n"): (typeof documents)["\n  query KpiMonths {\n    segmentMonths { refreshed latest }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiScoreboard($year: Int!, $month: String!) {\n    kpiScoreboard(year: $year, month: $month) {\n      branchCode rank total movement previousRank\n      scores { kpi actual target weight cap attainment score noData numerator denominator figures { key period value } }\n    }\n  }\n"): (typeof documents)["\n  query KpiScoreboard($year: Int!, $month: String!) {\n    kpiScoreboard(year: $year, month: $month) {\n      branchCode rank total movement previousRank\n      scores { kpi actual target weight cap attainment score noData numerator denominator figures { key period value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiTrend($year: Int!, $through: String) {\n    kpiTrend(year: $year, throughMonth: $through) { month branchCode rank total }\n  }\n"): (typeof documents)["\n  query KpiTrend($year: Int!, $through: String) {\n    kpiTrend(year: $year, throughMonth: $through) { month branchCode rank total }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvincePlannerRule($quarter: String!) {\n    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }\n  }\n"): (typeof documents)["\n  query ProvincePlannerRule($quarter: String!) {\n    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiTargets($year: Int!) {\n    kpiTargets(year: $year) { branchCode kpi target weight cap effectiveMonth versionId }\n  }\n"): (typeof documents)["\n  query KpiTargets($year: Int!) {\n    kpiTargets(year: $year) { branchCode kpi target weight cap effectiveMonth versionId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetKpiTargets($year: Int!, $input: [KpiTargetInput!]!, $effectiveMonth: String) {\n    setKpiTargets(year: $year, input: $input, effectiveMonth: $effectiveMonth) { branchCode kpi target weight cap effectiveMonth versionId }\n  }\n"): (typeof documents)["\n  mutation SetKpiTargets($year: Int!, $input: [KpiTargetInput!]!, $effectiveMonth: String) {\n    setKpiTargets(year: $year, input: $input, effectiveMonth: $effectiveMonth) { branchCode kpi target weight cap effectiveMonth versionId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportKpiTargets($year: Int!, $fileName: String!, $content: String!, $effectiveMonth: String) {\n    importKpiTargets(year: $year, fileName: $fileName, contentBase64: $content, effectiveMonth: $effectiveMonth) { imported branches errors { line column code message } }\n  }\n"): (typeof documents)["\n  mutation ImportKpiTargets($year: Int!, $fileName: String!, $content: String!, $effectiveMonth: String) {\n    importKpiTargets(year: $year, fileName: $fileName, contentBase64: $content, effectiveMonth: $effectiveMonth) { imported branches errors { line column code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyOverview {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }\n  }\n"): (typeof documents)["\n  query PolicyOverview {\n    branches { code name nameEn subscriberCount campaignCount }\n    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MsisdnRevealLog($filter: MsisdnRevealFilter, $first: Int!, $after: String) {\n    msisdnRevealLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id revealedAt userId user branchCode subscriberId campaignId campaignName taskId }\n    }\n  }\n"): (typeof documents)["\n  query MsisdnRevealLog($filter: MsisdnRevealFilter, $first: Int!, $after: String) {\n    msisdnRevealLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id revealedAt userId user branchCode subscriberId campaignId campaignName taskId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MsisdnRevealUsers($branchCode: String) { msisdnRevealUsers(branchCode: $branchCode) { userId user branchCode } }\n"): (typeof documents)["\n  query MsisdnRevealUsers($branchCode: String) { msisdnRevealUsers(branchCode: $branchCode) { userId user branchCode } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreatmentMatrixHistory { treatmentMatrixHistory { version createdBy createdAt } }\n"): (typeof documents)["\n  query TreatmentMatrixHistory { treatmentMatrixHistory { version createdBy createdAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreatmentMatrixPage($version: Int!, $previous: Int!) {\n    current: treatmentMatrix(version: $version) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }\n    previous: treatmentMatrix(version: $previous) { version retentionClass kinds channels offerKinds products promotions newServices service }\n  }\n"): (typeof documents)["\n  query TreatmentMatrixPage($version: Int!, $previous: Int!) {\n    current: treatmentMatrix(version: $version) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }\n    previous: treatmentMatrix(version: $previous) { version retentionClass kinds channels offerKinds products promotions newServices service }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTreatmentMatrix($version: Int!, $rows: [TreatmentRowInput!]!) {\n    updateTreatmentMatrix(version: $version, rows: $rows) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }\n  }\n"): (typeof documents)["\n  mutation UpdateTreatmentMatrix($version: Int!, $rows: [TreatmentRowInput!]!) {\n    updateTreatmentMatrix(version: $version, rows: $rows) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;