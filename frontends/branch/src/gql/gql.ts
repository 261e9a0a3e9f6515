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
    "\n  query DispatchManagers($id: ID!, $branchCode: String!) {\n    campaign(id: $id) { id execution(branchCode: $branchCode) { branchCode treated tasks openTasks } }\n  }\n": typeof types.DispatchManagersDocument,
    "\n  query BranchManagers($branchCode: String!) {\n    branchManagers(branchCode: $branchCode) { userId name contactKind capacity daysOff openTasks }\n  }\n": typeof types.BranchManagersDocument,
    "\n  mutation DispatchTargetList($campaignId: ID!, $branchCode: String!, $input: DispatchInput) {\n    dispatchTargetList(campaignId: $campaignId, branchCode: $branchCode, input: $input) {\n      dispatched overflow overflowSubscriberIds fromDay toDay\n      managers { userId name contactKind assigned open }\n    }\n  }\n": typeof types.DispatchTargetListDocument,
    "\n  mutation SetManagerCapacity($userId: ID!, $capacity: Int!, $day: String) { setManagerCapacity(userId: $userId, capacity: $capacity, day: $day) }\n": typeof types.SetManagerCapacityDocument,
    "\n  query ListMembers($id: ID!, $branchCode: String!, $first: Int!, $after: String, $status: ListMemberStatus, $reason: SuppressionReason, $stratum: String) {\n    campaign(id: $id) {\n      id\n      targetList(branchCode: $branchCode) {\n        branchCode\n        members(first: $first, after: $after, status: $status, reason: $reason, stratum: $stratum) {\n          totalCount\n          pageInfo { endCursor hasNextPage }\n          nodes { subscriberId msisdnMasked status reason stratum byCampaignId addedAt }\n        }\n      }\n    }\n  }\n": typeof types.ListMembersDocument,
    "\n  query CampaignTasks($campaignId: ID!, $branchCode: String!, $assigneeId: ID, $statuses: [TaskStatus!], $first: Int!, $after: String) {\n    campaignTasks(campaignId: $campaignId, branchCode: $branchCode, assigneeId: $assigneeId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id subscriberId msisdnMasked assigneeId assigneeName plannedDay status callbackAt }\n    }\n  }\n": typeof types.CampaignTasksDocument,
    "\n  mutation ReassignTasks($taskIds: [ID!]!, $toUserId: ID!) { reassignTasks(taskIds: $taskIds, toUserId: $toUserId) }\n": typeof types.ReassignTasksDocument,
    "\n  query BranchTargetList($id: ID!, $branchCode: String!) {\n    campaign(id: $id) {\n      id status startDate endDate\n      targetList(branchCode: $branchCode) {\n        branchCode month status segmentSize eligible controlSize treatedSize builds firstBuiltAt builtAt dispatchedAt jobId\n        suppressed { reason count }\n        strata { retentionClass size control treated }\n      }\n    }\n  }\n": typeof types.BranchTargetListDocument,
    "\n  mutation BuildTargetList($campaignId: ID!, $branchCode: String!, $idempotencyKey: String) {\n    buildTargetList(campaignId: $campaignId, branchCode: $branchCode, idempotencyKey: $idempotencyKey) { id status progress phase }\n  }\n": typeof types.BuildTargetListDocument,
    "\n  query CustomerCard($id: ID!) {\n    subscriber(id: $id) {\n      id msisdnMasked brand planCode joinDate vipCard groupClass vnetMember familyPlan\n      portrait {\n        month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n        trend { month arpu mou dataMb status }\n        recommendation { products promotions channels newServices service planFit }\n      }\n    }\n  }\n": typeof types.CustomerCardDocument,
    "\n  query SearchCustomers($query: String!) {\n    searchSubscribers(query: $query, limit: 20) { id msisdnMasked brand planCode vipCard county }\n  }\n": typeof types.SearchCustomersDocument,
    "\n  query BranchEvaluationCampaigns {\n    campaigns { id name kind level status }\n  }\n": typeof types.BranchEvaluationCampaignsDocument,
    "\n  query BranchCampaignEvaluation($id: ID!, $branchCode: String, $month: String) {\n    campaign(id: $id) {\n      id\n      name\n      evaluation(branchCode: $branchCode, month: $month) {\n        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n        strata: breakdown(by: STRATUM) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }\n        tenure: breakdown(by: TENURE_BAND) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n        managers { agentId displayName contacted accepted uptake }\n      }\n    }\n  }\n": typeof types.BranchCampaignEvaluationDocument,
    "\n  query BranchEvaluationReports($campaignId: ID) {\n    evaluationReports(campaignId: $campaignId) {\n      id status version month branchCode whatWorked problems customerFeedback suggestions nextActions tags retentionClasses reviewerComment submittedAt\n    }\n  }\n": typeof types.BranchEvaluationReportsDocument,
    "\n  query BranchSharedPractices($filter: SharedPracticeFilter) {\n    sharedPractices(filter: $filter) { id month campaignName campaignKind branchCode tags retentionClasses whatWorked problems suggestions }\n  }\n": typeof types.BranchSharedPracticesDocument,
    "\n  query BranchEvaluationNotices {\n    evaluationNotifications(first: 30) { id kind campaignName month comment createdAt read }\n    unreadEvaluationNotificationCount\n  }\n": typeof types.BranchEvaluationNoticesDocument,
    "\n  mutation BranchMarkNoticesRead {\n    markEvaluationNotificationsRead\n  }\n": typeof types.BranchMarkNoticesReadDocument,
    "\n  query BranchEvaluationUnread {\n    unreadEvaluationNotificationCount\n  }\n": typeof types.BranchEvaluationUnreadDocument,
    "\n  mutation CreateBranchReport($input: CreateReportInput!) {\n    createEvaluationReport(input: $input) { id status version month updatedAt }\n  }\n": typeof types.CreateBranchReportDocument,
    "\n  mutation UpdateBranchReport($id: ID!, $version: Int!, $input: ReportTextInput!) {\n    updateEvaluationReport(id: $id, version: $version, input: $input) { id status version updatedAt }\n  }\n": typeof types.UpdateBranchReportDocument,
    "\n  mutation SubmitBranchReport($id: ID!, $version: Int) {\n    submitEvaluationReport(id: $id, version: $version) { id status version submittedAt updatedAt }\n  }\n": typeof types.SubmitBranchReportDocument,
    "\n  query ScorecardMonths {\n    segmentMonths { refreshed latest }\n  }\n": typeof types.ScorecardMonthsDocument,
    "\n  query BranchScorecard($year: Int!, $month: String!) {\n    kpiScoreboard(year: $year, month: $month) {\n      branchCode rank total movement\n      scores { kpi actual target weight cap attainment score noData figures { key period value } }\n    }\n  }\n": typeof types.BranchScorecardDocument,
    "\n  query BranchTrainingPlan($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id level branchCode startDate place held status course { title } enrolled attended }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }\n  }\n": typeof types.BranchTrainingPlanDocument,
    "\n  query BranchCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore attendanceRateHeld attendanceRatePlanned }\n  }\n": typeof types.BranchCoverageDocument,
    "\n  query BranchCampaigns {\n    campaigns { id name kind level status }\n  }\n": typeof types.BranchCampaignsDocument,
    "\n  query BranchFigures {\n    me { id branch { code subscriberCount } }\n  }\n": typeof types.BranchFiguresDocument,
    "\n  query BranchReports {\n    evaluationReports { id status updatedAt campaign { id name } }\n  }\n": typeof types.BranchReportsDocument,
    "\n  query BranchTrainee($id: ID!) {\n    staffMember(id: $id) {\n      id displayName\n      history { id status score passed session { id startDate held status course { title passMark } } }\n    }\n  }\n": typeof types.BranchTraineeDocument,
    "\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) { id taskId outcome offerTierCode callbackAt cost contactedAt complaint { valid text } }\n  }\n": typeof types.RecordContactDocument,
    "\n  query MyTasks($day: String) {\n    myTasks(day: $day) {\n      id campaignId subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass\n      campaign { id name kind }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query TaskCard($id: ID!) {\n    task(id: $id) {\n      id subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass withdrawnReason\n      campaign { id name kind talkTrack endDate }\n      subscriber {\n        id brand planCode joinDate vipCard\n        portrait {\n          month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n          trend { month arpu mou dataMb status }\n          recommendation { products promotions channels newServices service planFit }\n        }\n      }\n      qualifyingTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      history { id campaignId outcome offerTierCode callbackAt contactedAt note complaint { valid text } }\n      acceptedOffers { tier kind startMonth months stage }\n    }\n  }\n": typeof types.TaskCardDocument,
    "\n  mutation RevealMsisdn($taskId: ID!) { revealMsisdn(taskId: $taskId) }\n": typeof types.RevealMsisdnDocument,
};
const documents: Documents = {
    "\n  query DispatchManagers($id: ID!, $branchCode: String!) {\n    campaign(id: $id) { id execution(branchCode: $branchCode) { branchCode treated tasks openTasks } }\n  }\n": types.DispatchManagersDocument,
    "\n  query BranchManagers($branchCode: String!) {\n    branchManagers(branchCode: $branchCode) { userId name contactKind capacity daysOff openTasks }\n  }\n": types.BranchManagersDocument,
    "\n  mutation DispatchTargetList($campaignId: ID!, $branchCode: String!, $input: DispatchInput) {\n    dispatchTargetList(campaignId: $campaignId, branchCode: $branchCode, input: $input) {\n      dispatched overflow overflowSubscriberIds fromDay toDay\n      managers { userId name contactKind assigned open }\n    }\n  }\n": types.DispatchTargetListDocument,
    "\n  mutation SetManagerCapacity($userId: ID!, $capacity: Int!, $day: String) { setManagerCapacity(userId: $userId, capacity: $capacity, day: $day) }\n": types.SetManagerCapacityDocument,
    "\n  query ListMembers($id: ID!, $branchCode: String!, $first: Int!, $after: String, $status: ListMemberStatus, $reason: SuppressionReason, $stratum: String) {\n    campaign(id: $id) {\n      id\n      targetList(branchCode: $branchCode) {\n        branchCode\n        members(first: $first, after: $after, status: $status, reason: $reason, stratum: $stratum) {\n          totalCount\n          pageInfo { endCursor hasNextPage }\n          nodes { subscriberId msisdnMasked status reason stratum byCampaignId addedAt }\n        }\n      }\n    }\n  }\n": types.ListMembersDocument,
    "\n  query CampaignTasks($campaignId: ID!, $branchCode: String!, $assigneeId: ID, $statuses: [TaskStatus!], $first: Int!, $after: String) {\n    campaignTasks(campaignId: $campaignId, branchCode: $branchCode, assigneeId: $assigneeId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id subscriberId msisdnMasked assigneeId assigneeName plannedDay status callbackAt }\n    }\n  }\n": types.CampaignTasksDocument,
    "\n  mutation ReassignTasks($taskIds: [ID!]!, $toUserId: ID!) { reassignTasks(taskIds: $taskIds, toUserId: $toUserId) }\n": types.ReassignTasksDocument,
    "\n  query BranchTargetList($id: ID!, $branchCode: String!) {\n    campaign(id: $id) {\n      id status startDate endDate\n      targetList(branchCode: $branchCode) {\n        branchCode month status segmentSize eligible controlSize treatedSize builds firstBuiltAt builtAt dispatchedAt jobId\n        suppressed { reason count }\n        strata { retentionClass size control treated }\n      }\n    }\n  }\n": types.BranchTargetListDocument,
    "\n  mutation BuildTargetList($campaignId: ID!, $branchCode: String!, $idempotencyKey: String) {\n    buildTargetList(campaignId: $campaignId, branchCode: $branchCode, idempotencyKey: $idempotencyKey) { id status progress phase }\n  }\n": types.BuildTargetListDocument,
    "\n  query CustomerCard($id: ID!) {\n    subscriber(id: $id) {\n      id msisdnMasked brand planCode joinDate vipCard groupClass vnetMember familyPlan\n      portrait {\n        month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n        trend { month arpu mou dataMb status }\n        recommendation { products promotions channels newServices service planFit }\n      }\n    }\n  }\n": types.CustomerCardDocument,
    "\n  query SearchCustomers($query: String!) {\n    searchSubscribers(query: $query, limit: 20) { id msisdnMasked brand planCode vipCard county }\n  }\n": types.SearchCustomersDocument,
    "\n  query BranchEvaluationCampaigns {\n    campaigns { id name kind level status }\n  }\n": types.BranchEvaluationCampaignsDocument,
    "\n  query BranchCampaignEvaluation($id: ID!, $branchCode: String, $month: String) {\n    campaign(id: $id) {\n      id\n      name\n      evaluation(branchCode: $branchCode, month: $month) {\n        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n        strata: breakdown(by: STRATUM) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }\n        tenure: breakdown(by: TENURE_BAND) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n        managers { agentId displayName contacted accepted uptake }\n      }\n    }\n  }\n": types.BranchCampaignEvaluationDocument,
    "\n  query BranchEvaluationReports($campaignId: ID) {\n    evaluationReports(campaignId: $campaignId) {\n      id status version month branchCode whatWorked problems customerFeedback suggestions nextActions tags retentionClasses reviewerComment submittedAt\n    }\n  }\n": types.BranchEvaluationReportsDocument,
    "\n  query BranchSharedPractices($filter: SharedPracticeFilter) {\n    sharedPractices(filter: $filter) { id month campaignName campaignKind branchCode tags retentionClasses whatWorked problems suggestions }\n  }\n": types.BranchSharedPracticesDocument,
    "\n  query BranchEvaluationNotices {\n    evaluationNotifications(first: 30) { id kind campaignName month comment createdAt read }\n    unreadEvaluationNotificationCount\n  }\n": types.BranchEvaluationNoticesDocument,
    "\n  mutation BranchMarkNoticesRead {\n    markEvaluationNotificationsRead\n  }\n": types.BranchMarkNoticesReadDocument,
    "\n  query BranchEvaluationUnread {\n    unreadEvaluationNotificationCount\n  }\n": types.BranchEvaluationUnreadDocument,
    "\n  mutation CreateBranchReport($input: CreateReportInput!) {\n    createEvaluationReport(input: $input) { id status version month updatedAt }\n  }\n": types.CreateBranchReportDocument,
    "\n  mutation UpdateBranchReport($id: ID!, $version: Int!, $input: ReportTextInput!) {\n    updateEvaluationReport(id: $id, version: $version, input: $input) { id status version updatedAt }\n  }\n": types.UpdateBranchReportDocument,
    "\n  mutation SubmitBranchReport($id: ID!, $version: Int) {\n    submitEvaluationReport(id: $id, version: $version) { id status version submittedAt updatedAt }\n  }\n": types.SubmitBranchReportDocument,
    "\n  query ScorecardMonths {\n    segmentMonths { refreshed latest }\n  }\n": types.ScorecardMonthsDocument,
    "\n  query BranchScorecard($year: Int!, $month: String!) {\n    kpiScoreboard(year: $year, month: $month) {\n      branchCode rank total movement\n      scores { kpi actual target weight cap attainment score noData figures { key period value } }\n    }\n  }\n": types.BranchScorecardDocument,
    "\n  query BranchTrainingPlan($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id level branchCode startDate place held status course { title } enrolled attended }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }\n  }\n": types.BranchTrainingPlanDocument,
    "\n  query BranchCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore attendanceRateHeld attendanceRatePlanned }\n  }\n": types.BranchCoverageDocument,
    "\n  query BranchCampaigns {\n    campaigns { id name kind level status }\n  }\n": types.BranchCampaignsDocument,
    "\n  query BranchFigures {\n    me { id branch { code subscriberCount } }\n  }\n": types.BranchFiguresDocument,
    "\n  query BranchReports {\n    evaluationReports { id status updatedAt campaign { id name } }\n  }\n": types.BranchReportsDocument,
    "\n  query BranchTrainee($id: ID!) {\n    staffMember(id: $id) {\n      id displayName\n      history { id status score passed session { id startDate held status course { title passMark } } }\n    }\n  }\n": types.BranchTraineeDocument,
    "\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) { id taskId outcome offerTierCode callbackAt cost contactedAt complaint { valid text } }\n  }\n": types.RecordContactDocument,
    "\n  query MyTasks($day: String) {\n    myTasks(day: $day) {\n      id campaignId subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass\n      campaign { id name kind }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query TaskCard($id: ID!) {\n    task(id: $id) {\n      id subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass withdrawnReason\n      campaign { id name kind talkTrack endDate }\n      subscriber {\n        id brand planCode joinDate vipCard\n        portrait {\n          month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n          trend { month arpu mou dataMb status }\n          recommendation { products promotions channels newServices service planFit }\n        }\n      }\n      qualifyingTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      history { id campaignId outcome offerTierCode callbackAt contactedAt note complaint { valid text } }\n      acceptedOffers { tier kind startMonth months stage }\n    }\n  }\n": types.TaskCardDocument,
    "\n  mutation RevealMsisdn($taskId: ID!) { revealMsisdn(taskId: $taskId) }\n": types.RevealMsisdnDocument,
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
export function graphql(source: "\n  query DispatchManagers($id: ID!, $branchCode: String!) {\n    campaign(id: $id) { id execution(branchCode: $branchCode) { branchCode treated tasks openTasks } }\n  }\n"): (typeof documents)["\n  query DispatchManagers($id: ID!, $branchCode: String!) {\n    campaign(id: $id) { id execution(branchCode: $branchCode) { branchCode treated tasks openTasks } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchManagers($branchCode: String!) {\n    branchManagers(branchCode: $branchCode) { userId name contactKind capacity daysOff openTasks }\n  }\n"): (typeof documents)["\n  query BranchManagers($branchCode: String!) {\n    branchManagers(branchCode: $branchCode) { userId name contactKind capacity daysOff openTasks }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchTargetList($campaignId: ID!, $branchCode: String!, $input: DispatchInput) {\n    dispatchTargetList(campaignId: $campaignId, branchCode: $branchCode, input: $input) {\n      dispatched overflow overflowSubscriberIds fromDay toDay\n      managers { userId name contactKind assigned open }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchTargetList($campaignId: ID!, $branchCode: String!, $input: DispatchInput) {\n    dispatchTargetList(campaignId: $campaignId, branchCode: $branchCode, input: $input) {\n      dispatched overflow overflowSubscriberIds fromDay toDay\n      managers { userId name contactKind assigned open }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetManagerCapacity($userId: ID!, $capacity: Int!, $day: String) { setManagerCapacity(userId: $userId, capacity: $capacity, day: $day) }\n"): (typeof documents)["\n  mutation SetManagerCapacity($userId: ID!, $capacity: Int!, $day: String) { setManagerCapacity(userId: $userId, capacity: $capacity, day: $day) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListMembers($id: ID!, $branchCode: String!, $first: Int!, $after: String, $status: ListMemberStatus, $reason: SuppressionReason, $stratum: String) {\n    campaign(id: $id) {\n      id\n      targetList(branchCode: $branchCode) {\n        branchCode\n        members(first: $first, after: $after, status: $status, reason: $reason, stratum: $stratum) {\n          totalCount\n          pageInfo { endCursor hasNextPage }\n          nodes { subscriberId msisdnMasked status reason stratum byCampaignId addedAt }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListMembers($id: ID!, $branchCode: String!, $first: Int!, $after: String, $status: ListMemberStatus, $reason: SuppressionReason, $stratum: String) {\n    campaign(id: $id) {\n      id\n      targetList(branchCode: $branchCode) {\n        branchCode\n        members(first: $first, after: $after, status: $status, reason: $reason, stratum: $stratum) {\n          totalCount\n          pageInfo { endCursor hasNextPage }\n          nodes { subscriberId msisdnMasked status reason stratum byCampaignId addedAt }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignTasks($campaignId: ID!, $branchCode: String!, $assigneeId: ID, $statuses: [TaskStatus!], $first: Int!, $after: String) {\n    campaignTasks(campaignId: $campaignId, branchCode: $branchCode, assigneeId: $assigneeId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id subscriberId msisdnMasked assigneeId assigneeName plannedDay status callbackAt }\n    }\n  }\n"): (typeof documents)["\n  query CampaignTasks($campaignId: ID!, $branchCode: String!, $assigneeId: ID, $statuses: [TaskStatus!], $first: Int!, $after: String) {\n    campaignTasks(campaignId: $campaignId, branchCode: $branchCode, assigneeId: $assigneeId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes { id subscriberId msisdnMasked assigneeId assigneeName plannedDay status callbackAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignTasks($taskIds: [ID!]!, $toUserId: ID!) { reassignTasks(taskIds: $taskIds, toUserId: $toUserId) }\n"): (typeof documents)["\n  mutation ReassignTasks($taskIds: [ID!]!, $toUserId: ID!) { reassignTasks(taskIds: $taskIds, toUserId: $toUserId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchTargetList($id: ID!, $branchCode: String!) {\n    campaign(id: $id) {\n      id status startDate endDate\n      targetList(branchCode: $branchCode) {\n        branchCode month status segmentSize eligible controlSize treatedSize builds firstBuiltAt builtAt dispatchedAt jobId\n        suppressed { reason count }\n        strata { retentionClass size control treated }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchTargetList($id: ID!, $branchCode: String!) {\n    campaign(id: $id) {\n      id status startDate endDate\n      targetList(branchCode: $branchCode) {\n        branchCode month status segmentSize eligible controlSize treatedSize builds firstBuiltAt builtAt dispatchedAt jobId\n        suppressed { reason count }\n        strata { retentionClass size control treated }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildTargetList($campaignId: ID!, $branchCode: String!, $idempotencyKey: String) {\n    buildTargetList(campaignId: $campaignId, branchCode: $branchCode, idempotencyKey: $idempotencyKey) { id status progress phase }\n  }\n"): (typeof documents)["\n  mutation BuildTargetList($campaignId: ID!, $branchCode: String!, $idempotencyKey: String) {\n    buildTargetList(campaignId: $campaignId, branchCode: $branchCode, idempotencyKey: $idempotencyKey) { id status progress phase }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCard($id: ID!) {\n    subscriber(id: $id) {\n      id msisdnMasked brand planCode joinDate vipCard groupClass vnetMember familyPlan\n      portrait {\n        month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n        trend { month arpu mou dataMb status }\n        recommendation { products promotions channels newServices service planFit }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerCard($id: ID!) {\n    subscriber(id: $id) {\n      id msisdnMasked brand planCode joinDate vipCard groupClass vnetMember familyPlan\n      portrait {\n        month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n        trend { month arpu mou dataMb status }\n        recommendation { products promotions channels newServices service planFit }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCustomers($query: String!) {\n    searchSubscribers(query: $query, limit: 20) { id msisdnMasked brand planCode vipCard county }\n  }\n"): (typeof documents)["\n  query SearchCustomers($query: String!) {\n    searchSubscribers(query: $query, limit: 20) { id msisdnMasked brand planCode vipCard county }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchEvaluationCampaigns {\n    campaigns { id name kind level status }\n  }\n"): (typeof documents)["\n  query BranchEvaluationCampaigns {\n    campaigns { id name kind level status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchCampaignEvaluation($id: ID!, $branchCode: String, $month: String) {\n    campaign(id: $id) {\n      id\n      name\n      evaluation(branchCode: $branchCode, month: $month) {\n        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n        strata: breakdown(by: STRATUM) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }\n        tenure: breakdown(by: TENURE_BAND) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n        managers { agentId displayName contacted accepted uptake }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchCampaignEvaluation($id: ID!, $branchCode: String, $month: String) {\n    campaign(id: $id) {\n      id\n      name\n      evaluation(branchCode: $branchCode, month: $month) {\n        branchCode month startMonth afterWindowEnd provisional listSize controlSize treatedSize contacted reached accepted uptake\n        churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh\n        validComplaintRate complaintAlert cost incrementalRevenue roi power underpowered controlContacted\n        strata: breakdown(by: STRATUM) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }\n        tenure: breakdown(by: TENURE_BAND) { key noControl listSize controlSize contacted accepted uptake churnReduction churnReductionCiLow churnReductionCiHigh arpuDid validComplaintRate }\n        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }\n        managers { agentId displayName contacted accepted uptake }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchEvaluationReports($campaignId: ID) {\n    evaluationReports(campaignId: $campaignId) {\n      id status version month branchCode whatWorked problems customerFeedback suggestions nextActions tags retentionClasses reviewerComment submittedAt\n    }\n  }\n"): (typeof documents)["\n  query BranchEvaluationReports($campaignId: ID) {\n    evaluationReports(campaignId: $campaignId) {\n      id status version month branchCode whatWorked problems customerFeedback suggestions nextActions tags retentionClasses reviewerComment submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchSharedPractices($filter: SharedPracticeFilter) {\n    sharedPractices(filter: $filter) { id month campaignName campaignKind branchCode tags retentionClasses whatWorked problems suggestions }\n  }\n"): (typeof documents)["\n  query BranchSharedPractices($filter: SharedPracticeFilter) {\n    sharedPractices(filter: $filter) { id month campaignName campaignKind branchCode tags retentionClasses whatWorked problems suggestions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchEvaluationNotices {\n    evaluationNotifications(first: 30) { id kind campaignName month comment createdAt read }\n    unreadEvaluationNotificationCount\n  }\n"): (typeof documents)["\n  query BranchEvaluationNotices {\n    evaluationNotifications(first: 30) { id kind campaignName month comment createdAt read }\n    unreadEvaluationNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BranchMarkNoticesRead {\n    markEvaluationNotificationsRead\n  }\n"): (typeof documents)["\n  mutation BranchMarkNoticesRead {\n    markEvaluationNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchEvaluationUnread {\n    unreadEvaluationNotificationCount\n  }\n"): (typeof documents)["\n  query BranchEvaluationUnread {\n    unreadEvaluationNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBranchReport($input: CreateReportInput!) {\n    createEvaluationReport(input: $input) { id status version month updatedAt }\n  }\n"): (typeof documents)["\n  mutation CreateBranchReport($input: CreateReportInput!) {\n    createEvaluationReport(input: $input) { id status version month updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBranchReport($id: ID!, $version: Int!, $input: ReportTextInput!) {\n    updateEvaluationReport(id: $id, version: $version, input: $input) { id status version updatedAt }\n  }\n"): (typeof documents)["\n  mutation UpdateBranchReport($id: ID!, $version: Int!, $input: ReportTextInput!) {\n    updateEvaluationReport(id: $id, version: $version, input: $input) { id status version updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBranchReport($id: ID!, $version: Int) {\n    submitEvaluationReport(id: $id, version: $version) { id status version submittedAt updatedAt }\n  }\n"): (typeof documents)["\n  mutation SubmitBranchReport($id: ID!, $version: Int) {\n    submitEvaluationReport(id: $id, version: $version) { id status version submittedAt updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardMonths {\n    segmentMonths { refreshed latest }\n  }\n"): (typeof documents)["\n  query ScorecardMonths {\n    segmentMonths { refreshed latest }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchScorecard($year: Int!, $month: String!) {\n    kpiScoreboard(year: $year, month: $month) {\n      branchCode rank total movement\n      scores { kpi actual target weight cap attainment score noData figures { key period value } }\n    }\n  }\n"): (typeof documents)["\n  query BranchScorecard($year: Int!, $month: String!) {\n    kpiScoreboard(year: $year, month: $month) {\n      branchCode rank total movement\n      scores { kpi actual target weight cap attainment score noData figures { key period value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchTrainingPlan($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id level branchCode startDate place held status course { title } enrolled attended }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }\n  }\n"): (typeof documents)["\n  query BranchTrainingPlan($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id level branchCode startDate place held status course { title } enrolled attended }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok sessions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore attendanceRateHeld attendanceRatePlanned }\n  }\n"): (typeof documents)["\n  query BranchCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore attendanceRateHeld attendanceRatePlanned }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchCampaigns {\n    campaigns { id name kind level status }\n  }\n"): (typeof documents)["\n  query BranchCampaigns {\n    campaigns { id name kind level status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchFigures {\n    me { id branch { code subscriberCount } }\n  }\n"): (typeof documents)["\n  query BranchFigures {\n    me { id branch { code subscriberCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchReports {\n    evaluationReports { id status updatedAt campaign { id name } }\n  }\n"): (typeof documents)["\n  query BranchReports {\n    evaluationReports { id status updatedAt campaign { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchTrainee($id: ID!) {\n    staffMember(id: $id) {\n      id displayName\n      history { id status score passed session { id startDate held status course { title passMark } } }\n    }\n  }\n"): (typeof documents)["\n  query BranchTrainee($id: ID!) {\n    staffMember(id: $id) {\n      id displayName\n      history { id status score passed session { id startDate held status course { title passMark } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) { id taskId outcome offerTierCode callbackAt cost contactedAt complaint { valid text } }\n  }\n"): (typeof documents)["\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) { id taskId outcome offerTierCode callbackAt cost contactedAt complaint { valid text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($day: String) {\n    myTasks(day: $day) {\n      id campaignId subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass\n      campaign { id name kind }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks($day: String) {\n    myTasks(day: $day) {\n      id campaignId subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass\n      campaign { id name kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskCard($id: ID!) {\n    task(id: $id) {\n      id subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass withdrawnReason\n      campaign { id name kind talkTrack endDate }\n      subscriber {\n        id brand planCode joinDate vipCard\n        portrait {\n          month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n          trend { month arpu mou dataMb status }\n          recommendation { products promotions channels newServices service planFit }\n        }\n      }\n      qualifyingTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      history { id campaignId outcome offerTierCode callbackAt contactedAt note complaint { valid text } }\n      acceptedOffers { tier kind startMonth months stage }\n    }\n  }\n"): (typeof documents)["\n  query TaskCard($id: ID!) {\n    task(id: $id) {\n      id subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass withdrawnReason\n      campaign { id name kind talkTrack endDate }\n      subscriber {\n        id brand planCode joinDate vipCard\n        portrait {\n          month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices\n          trend { month arpu mou dataMb status }\n          recommendation { products promotions channels newServices service planFit }\n        }\n      }\n      qualifyingTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      history { id campaignId outcome offerTierCode callbackAt contactedAt note complaint { valid text } }\n      acceptedOffers { tier kind startMonth months stage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealMsisdn($taskId: ID!) { revealMsisdn(taskId: $taskId) }\n"): (typeof documents)["\n  mutation RevealMsisdn($taskId: ID!) { revealMsisdn(taskId: $taskId) }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;