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
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId targetRule eligibilityRule\n      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow\n      planPaths { fromPlan toPlan }\n      reviewComment createdBy createdAt updatedAt submittedAt publishedAt closedAt\n      audit { id actor at action fromStatus toStatus comment changes { field from to } }\n    }\n  }\n": typeof types.CampaignDetailDocument,
    "\n  mutation SubmitCampaign($id: ID!, $version: Int!) { submitCampaign(id: $id, version: $version) { id status version } }\n": typeof types.SubmitCampaignDocument,
    "\n  mutation ApproveCampaign($id: ID!, $comment: String) { approveCampaign(id: $id, comment: $comment) { id status version } }\n": typeof types.ApproveCampaignDocument,
    "\n  mutation ReturnCampaign($id: ID!, $comment: String!) { returnCampaign(id: $id, comment: $comment) { id status version reviewComment } }\n": typeof types.ReturnCampaignDocument,
    "\n  mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status version } }\n": typeof types.CloseCampaignDocument,
    "\n  mutation CloneCampaign($id: ID!, $idempotencyKey: String) { cloneCampaign(id: $id, idempotencyKey: $idempotencyKey) { id status } }\n": typeof types.CloneCampaignDocument,
    "\n  query CampaignFormOptions {\n    builtInSegments\n    segmentDefinitions { id key name example }\n    segmentMonths { latest }\n  }\n": typeof types.CampaignFormOptionsDocument,
    "\n  query CampaignFormFields($id: ID!) {\n    campaign(id: $id) {\n      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId eligibilityRule\n      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow\n      planPaths { fromPlan toPlan }\n    }\n  }\n": typeof types.CampaignFormFieldsDocument,
    "\n  query TreatmentMatrixRows {\n    treatmentMatrix { version retentionClass kinds channels offerKinds promotions }\n  }\n": typeof types.TreatmentMatrixRowsDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {\n    createCampaign(input: $input, idempotencyKey: $idempotencyKey) { id version status }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n    updateCampaign(id: $id, version: $version, input: $input) { id version status endDate talkTrack updatedAt }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  query CampaignList($filter: CampaignFilterInput) {\n    campaigns(filter: $filter) {\n      id name kind level status version ownerBranchCode executingBranchCodes startDate endDate controlShare priorityWeight updatedAt submittedAt publishedAt createdBy\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query DoNotContactEntries($branchCode: String, $subscriberId: String) {\n    doNotContactEntries(branchCode: $branchCode, subscriberId: $subscriberId, first: 500) { id subscriberId branchCode reason expiresAt source createdBy createdAt }\n  }\n": typeof types.DoNotContactEntriesDocument,
    "\n  mutation AddDoNotContact($input: DoNotContactInput!) {\n    addDoNotContact(input: $input) { id subscriberId branchCode reason expiresAt source createdBy createdAt }\n  }\n": typeof types.AddDoNotContactDocument,
    "\n  mutation RemoveDoNotContact($id: ID!) { removeDoNotContact(id: $id) }\n": typeof types.RemoveDoNotContactDocument,
    "\n  mutation BeginCampaignUpload($fileName: String!, $sizeBytes: Float!) { beginCampaignUpload(fileName: $fileName, sizeBytes: $sizeBytes) { id } }\n": typeof types.BeginCampaignUploadDocument,
    "\n  mutation CampaignUploadChunk($id: ID!, $offset: Float!, $base64: String!) { campaignUploadChunk(id: $id, offset: $offset, base64: $base64) { received } }\n": typeof types.CampaignUploadChunkDocument,
    "\n  mutation ImportDoNotContact($uploadId: ID!) { importDoNotContact(uploadId: $uploadId) { id status } }\n": typeof types.ImportDoNotContactDocument,
    "\n  query CampaignJob($id: ID!) { campaignJob(id: $id) { id kind status phase progress rowsDone rowsTotal error } }\n": typeof types.CampaignJobDocument,
    "\n  query DoNotContactImportReport($jobId: ID!) { doNotContactImportReport(jobId: $jobId) { line column value code message } }\n": typeof types.DoNotContactImportReportDocument,
    "\n  query EligibilityFields {\n    ruleFields { key type operators values monthly labelZh labelEn }\n  }\n": typeof types.EligibilityFieldsDocument,
    "\n  query CampaignExecution($id: ID!, $branchCode: String) {\n    campaign(id: $id) {\n      id status budget executingBranchCodes\n      targetLists { branchCode month status eligible controlSize treatedSize builtAt dispatchedAt }\n      execution(branchCode: $branchCode) {\n        branchCode treated tasks openTasks contacted reached accepted uptake validComplaints complaintRate complaintAlert cost\n        managers { userId name tasks done contacted accepted validComplaints acceptedThisWeek }\n      }\n    }\n  }\n": typeof types.CampaignExecutionDocument,
    "\n  query CampaignSampleSize($input: SampleSizeInput!) {\n    campaignSampleSize(input: $input) { listSize expectedControlChurn controlShare controlSize power smallestShareFor80 }\n  }\n": typeof types.CampaignSampleSizeDocument,
    "\n  query CampaignTalkTrack($id: ID!, $branchCode: String) {\n    campaign(id: $id) {\n      id status executingBranchCodes\n      talkTrackTraining(branchCode: $branchCode) {\n        staff trained coverage\n        courses { id code title audienceRoles }\n        branches { branchCode staff trained coverage }\n      }\n    }\n  }\n": typeof types.CampaignTalkTrackDocument,
    "\n  query TalkTrackCourseOptions {\n    courses { id code title category version campaignId }\n  }\n": typeof types.TalkTrackCourseOptionsDocument,
    "\n  mutation LinkCampaignTalkTrack($courseId: ID!, $version: Int!, $campaignId: ID) {\n    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId }\n  }\n": typeof types.LinkCampaignTalkTrackDocument,
};
const documents: Documents = {
    "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId targetRule eligibilityRule\n      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow\n      planPaths { fromPlan toPlan }\n      reviewComment createdBy createdAt updatedAt submittedAt publishedAt closedAt\n      audit { id actor at action fromStatus toStatus comment changes { field from to } }\n    }\n  }\n": types.CampaignDetailDocument,
    "\n  mutation SubmitCampaign($id: ID!, $version: Int!) { submitCampaign(id: $id, version: $version) { id status version } }\n": types.SubmitCampaignDocument,
    "\n  mutation ApproveCampaign($id: ID!, $comment: String) { approveCampaign(id: $id, comment: $comment) { id status version } }\n": types.ApproveCampaignDocument,
    "\n  mutation ReturnCampaign($id: ID!, $comment: String!) { returnCampaign(id: $id, comment: $comment) { id status version reviewComment } }\n": types.ReturnCampaignDocument,
    "\n  mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status version } }\n": types.CloseCampaignDocument,
    "\n  mutation CloneCampaign($id: ID!, $idempotencyKey: String) { cloneCampaign(id: $id, idempotencyKey: $idempotencyKey) { id status } }\n": types.CloneCampaignDocument,
    "\n  query CampaignFormOptions {\n    builtInSegments\n    segmentDefinitions { id key name example }\n    segmentMonths { latest }\n  }\n": types.CampaignFormOptionsDocument,
    "\n  query CampaignFormFields($id: ID!) {\n    campaign(id: $id) {\n      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId eligibilityRule\n      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow\n      planPaths { fromPlan toPlan }\n    }\n  }\n": types.CampaignFormFieldsDocument,
    "\n  query TreatmentMatrixRows {\n    treatmentMatrix { version retentionClass kinds channels offerKinds promotions }\n  }\n": types.TreatmentMatrixRowsDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {\n    createCampaign(input: $input, idempotencyKey: $idempotencyKey) { id version status }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n    updateCampaign(id: $id, version: $version, input: $input) { id version status endDate talkTrack updatedAt }\n  }\n": types.UpdateCampaignDocument,
    "\n  query CampaignList($filter: CampaignFilterInput) {\n    campaigns(filter: $filter) {\n      id name kind level status version ownerBranchCode executingBranchCodes startDate endDate controlShare priorityWeight updatedAt submittedAt publishedAt createdBy\n    }\n  }\n": types.CampaignListDocument,
    "\n  query DoNotContactEntries($branchCode: String, $subscriberId: String) {\n    doNotContactEntries(branchCode: $branchCode, subscriberId: $subscriberId, first: 500) { id subscriberId branchCode reason expiresAt source createdBy createdAt }\n  }\n": types.DoNotContactEntriesDocument,
    "\n  mutation AddDoNotContact($input: DoNotContactInput!) {\n    addDoNotContact(input: $input) { id subscriberId branchCode reason expiresAt source createdBy createdAt }\n  }\n": types.AddDoNotContactDocument,
    "\n  mutation RemoveDoNotContact($id: ID!) { removeDoNotContact(id: $id) }\n": types.RemoveDoNotContactDocument,
    "\n  mutation BeginCampaignUpload($fileName: String!, $sizeBytes: Float!) { beginCampaignUpload(fileName: $fileName, sizeBytes: $sizeBytes) { id } }\n": types.BeginCampaignUploadDocument,
    "\n  mutation CampaignUploadChunk($id: ID!, $offset: Float!, $base64: String!) { campaignUploadChunk(id: $id, offset: $offset, base64: $base64) { received } }\n": types.CampaignUploadChunkDocument,
    "\n  mutation ImportDoNotContact($uploadId: ID!) { importDoNotContact(uploadId: $uploadId) { id status } }\n": types.ImportDoNotContactDocument,
    "\n  query CampaignJob($id: ID!) { campaignJob(id: $id) { id kind status phase progress rowsDone rowsTotal error } }\n": types.CampaignJobDocument,
    "\n  query DoNotContactImportReport($jobId: ID!) { doNotContactImportReport(jobId: $jobId) { line column value code message } }\n": types.DoNotContactImportReportDocument,
    "\n  query EligibilityFields {\n    ruleFields { key type operators values monthly labelZh labelEn }\n  }\n": types.EligibilityFieldsDocument,
    "\n  query CampaignExecution($id: ID!, $branchCode: String) {\n    campaign(id: $id) {\n      id status budget executingBranchCodes\n      targetLists { branchCode month status eligible controlSize treatedSize builtAt dispatchedAt }\n      execution(branchCode: $branchCode) {\n        branchCode treated tasks openTasks contacted reached accepted uptake validComplaints complaintRate complaintAlert cost\n        managers { userId name tasks done contacted accepted validComplaints acceptedThisWeek }\n      }\n    }\n  }\n": types.CampaignExecutionDocument,
    "\n  query CampaignSampleSize($input: SampleSizeInput!) {\n    campaignSampleSize(input: $input) { listSize expectedControlChurn controlShare controlSize power smallestShareFor80 }\n  }\n": types.CampaignSampleSizeDocument,
    "\n  query CampaignTalkTrack($id: ID!, $branchCode: String) {\n    campaign(id: $id) {\n      id status executingBranchCodes\n      talkTrackTraining(branchCode: $branchCode) {\n        staff trained coverage\n        courses { id code title audienceRoles }\n        branches { branchCode staff trained coverage }\n      }\n    }\n  }\n": types.CampaignTalkTrackDocument,
    "\n  query TalkTrackCourseOptions {\n    courses { id code title category version campaignId }\n  }\n": types.TalkTrackCourseOptionsDocument,
    "\n  mutation LinkCampaignTalkTrack($courseId: ID!, $version: Int!, $campaignId: ID) {\n    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId }\n  }\n": types.LinkCampaignTalkTrackDocument,
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
export function graphql(source: "\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId targetRule eligibilityRule\n      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow\n      planPaths { fromPlan toPlan }\n      reviewComment createdBy createdAt updatedAt submittedAt publishedAt closedAt\n      audit { id actor at action fromStatus toStatus comment changes { field from to } }\n    }\n  }\n"): (typeof documents)["\n  query CampaignDetail($id: ID!) {\n    campaign(id: $id) {\n      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId targetRule eligibilityRule\n      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow\n      planPaths { fromPlan toPlan }\n      reviewComment createdBy createdAt updatedAt submittedAt publishedAt closedAt\n      audit { id actor at action fromStatus toStatus comment changes { field from to } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCampaign($id: ID!, $version: Int!) { submitCampaign(id: $id, version: $version) { id status version } }\n"): (typeof documents)["\n  mutation SubmitCampaign($id: ID!, $version: Int!) { submitCampaign(id: $id, version: $version) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCampaign($id: ID!, $comment: String) { approveCampaign(id: $id, comment: $comment) { id status version } }\n"): (typeof documents)["\n  mutation ApproveCampaign($id: ID!, $comment: String) { approveCampaign(id: $id, comment: $comment) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCampaign($id: ID!, $comment: String!) { returnCampaign(id: $id, comment: $comment) { id status version reviewComment } }\n"): (typeof documents)["\n  mutation ReturnCampaign($id: ID!, $comment: String!) { returnCampaign(id: $id, comment: $comment) { id status version reviewComment } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status version } }\n"): (typeof documents)["\n  mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloneCampaign($id: ID!, $idempotencyKey: String) { cloneCampaign(id: $id, idempotencyKey: $idempotencyKey) { id status } }\n"): (typeof documents)["\n  mutation CloneCampaign($id: ID!, $idempotencyKey: String) { cloneCampaign(id: $id, idempotencyKey: $idempotencyKey) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFormOptions {\n    builtInSegments\n    segmentDefinitions { id key name example }\n    segmentMonths { latest }\n  }\n"): (typeof documents)["\n  query CampaignFormOptions {\n    builtInSegments\n    segmentDefinitions { id key name example }\n    segmentMonths { latest }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignFormFields($id: ID!) {\n    campaign(id: $id) {\n      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId eligibilityRule\n      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow\n      planPaths { fromPlan toPlan }\n    }\n  }\n"): (typeof documents)["\n  query CampaignFormFields($id: ID!) {\n    campaign(id: $id) {\n      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId eligibilityRule\n      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }\n      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow\n      planPaths { fromPlan toPlan }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreatmentMatrixRows {\n    treatmentMatrix { version retentionClass kinds channels offerKinds promotions }\n  }\n"): (typeof documents)["\n  query TreatmentMatrixRows {\n    treatmentMatrix { version retentionClass kinds channels offerKinds promotions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {\n    createCampaign(input: $input, idempotencyKey: $idempotencyKey) { id version status }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CampaignInput!, $idempotencyKey: String) {\n    createCampaign(input: $input, idempotencyKey: $idempotencyKey) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n    updateCampaign(id: $id, version: $version, input: $input) { id version status endDate talkTrack updatedAt }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $version: Int!, $input: CampaignInput!) {\n    updateCampaign(id: $id, version: $version, input: $input) { id version status endDate talkTrack updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($filter: CampaignFilterInput) {\n    campaigns(filter: $filter) {\n      id name kind level status version ownerBranchCode executingBranchCodes startDate endDate controlShare priorityWeight updatedAt submittedAt publishedAt createdBy\n    }\n  }\n"): (typeof documents)["\n  query CampaignList($filter: CampaignFilterInput) {\n    campaigns(filter: $filter) {\n      id name kind level status version ownerBranchCode executingBranchCodes startDate endDate controlShare priorityWeight updatedAt submittedAt publishedAt createdBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoNotContactEntries($branchCode: String, $subscriberId: String) {\n    doNotContactEntries(branchCode: $branchCode, subscriberId: $subscriberId, first: 500) { id subscriberId branchCode reason expiresAt source createdBy createdAt }\n  }\n"): (typeof documents)["\n  query DoNotContactEntries($branchCode: String, $subscriberId: String) {\n    doNotContactEntries(branchCode: $branchCode, subscriberId: $subscriberId, first: 500) { id subscriberId branchCode reason expiresAt source createdBy createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDoNotContact($input: DoNotContactInput!) {\n    addDoNotContact(input: $input) { id subscriberId branchCode reason expiresAt source createdBy createdAt }\n  }\n"): (typeof documents)["\n  mutation AddDoNotContact($input: DoNotContactInput!) {\n    addDoNotContact(input: $input) { id subscriberId branchCode reason expiresAt source createdBy createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDoNotContact($id: ID!) { removeDoNotContact(id: $id) }\n"): (typeof documents)["\n  mutation RemoveDoNotContact($id: ID!) { removeDoNotContact(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginCampaignUpload($fileName: String!, $sizeBytes: Float!) { beginCampaignUpload(fileName: $fileName, sizeBytes: $sizeBytes) { id } }\n"): (typeof documents)["\n  mutation BeginCampaignUpload($fileName: String!, $sizeBytes: Float!) { beginCampaignUpload(fileName: $fileName, sizeBytes: $sizeBytes) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CampaignUploadChunk($id: ID!, $offset: Float!, $base64: String!) { campaignUploadChunk(id: $id, offset: $offset, base64: $base64) { received } }\n"): (typeof documents)["\n  mutation CampaignUploadChunk($id: ID!, $offset: Float!, $base64: String!) { campaignUploadChunk(id: $id, offset: $offset, base64: $base64) { received } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDoNotContact($uploadId: ID!) { importDoNotContact(uploadId: $uploadId) { id status } }\n"): (typeof documents)["\n  mutation ImportDoNotContact($uploadId: ID!) { importDoNotContact(uploadId: $uploadId) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignJob($id: ID!) { campaignJob(id: $id) { id kind status phase progress rowsDone rowsTotal error } }\n"): (typeof documents)["\n  query CampaignJob($id: ID!) { campaignJob(id: $id) { id kind status phase progress rowsDone rowsTotal error } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoNotContactImportReport($jobId: ID!) { doNotContactImportReport(jobId: $jobId) { line column value code message } }\n"): (typeof documents)["\n  query DoNotContactImportReport($jobId: ID!) { doNotContactImportReport(jobId: $jobId) { line column value code message } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EligibilityFields {\n    ruleFields { key type operators values monthly labelZh labelEn }\n  }\n"): (typeof documents)["\n  query EligibilityFields {\n    ruleFields { key type operators values monthly labelZh labelEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignExecution($id: ID!, $branchCode: String) {\n    campaign(id: $id) {\n      id status budget executingBranchCodes\n      targetLists { branchCode month status eligible controlSize treatedSize builtAt dispatchedAt }\n      execution(branchCode: $branchCode) {\n        branchCode treated tasks openTasks contacted reached accepted uptake validComplaints complaintRate complaintAlert cost\n        managers { userId name tasks done contacted accepted validComplaints acceptedThisWeek }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignExecution($id: ID!, $branchCode: String) {\n    campaign(id: $id) {\n      id status budget executingBranchCodes\n      targetLists { branchCode month status eligible controlSize treatedSize builtAt dispatchedAt }\n      execution(branchCode: $branchCode) {\n        branchCode treated tasks openTasks contacted reached accepted uptake validComplaints complaintRate complaintAlert cost\n        managers { userId name tasks done contacted accepted validComplaints acceptedThisWeek }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignSampleSize($input: SampleSizeInput!) {\n    campaignSampleSize(input: $input) { listSize expectedControlChurn controlShare controlSize power smallestShareFor80 }\n  }\n"): (typeof documents)["\n  query CampaignSampleSize($input: SampleSizeInput!) {\n    campaignSampleSize(input: $input) { listSize expectedControlChurn controlShare controlSize power smallestShareFor80 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignTalkTrack($id: ID!, $branchCode: String) {\n    campaign(id: $id) {\n      id status executingBranchCodes\n      talkTrackTraining(branchCode: $branchCode) {\n        staff trained coverage\n        courses { id code title audienceRoles }\n        branches { branchCode staff trained coverage }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignTalkTrack($id: ID!, $branchCode: String) {\n    campaign(id: $id) {\n      id status executingBranchCodes\n      talkTrackTraining(branchCode: $branchCode) {\n        staff trained coverage\n        courses { id code title audienceRoles }\n        branches { branchCode staff trained coverage }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalkTrackCourseOptions {\n    courses { id code title category version campaignId }\n  }\n"): (typeof documents)["\n  query TalkTrackCourseOptions {\n    courses { id code title category version campaignId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkCampaignTalkTrack($courseId: ID!, $version: Int!, $campaignId: ID) {\n    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId }\n  }\n"): (typeof documents)["\n  mutation LinkCampaignTalkTrack($courseId: ID!, $version: Int!, $campaignId: ID) {\n    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;