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
    "\n  query Cohorts {\n    cohorts { id name segmentKey baseMonth members createdAt }\n    segmentMonths { refreshed }\n  }\n": typeof types.CohortsDocument,
    "\n  query CohortRetention($id: ID!) {\n    cohortRetention(id: $id) { month branchCode split withMeasure members retention churnRate valueRetention }\n  }\n": typeof types.CohortRetentionDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) { id name members }\n  }\n": typeof types.CreateCohortDocument,
    "\n  query CustomerDashboard($month: String!, $year: Int!) {\n    branches {\n      code name nameEn\n      midHighEndCount(month: $month)\n      nearMidHighEndCount(month: $month)\n      dynamicMidHighEndCount(month: $month)\n      midHighEndMonthlyAverage(year: $year) { yearToDate monthsLoaded }\n      crossStabilization(month: $month) { atLeastOne atLeastTwo atLeastThree }\n    }\n    segmentCounts(month: $month) { branchCode segment count }\n    segmentTrend(segment: \"MID_HIGH_END\", months: 13) { month branchCode count }\n  }\n": typeof types.CustomerDashboardDocument,
    "\n  query SegmentMonthsForDashboard {\n    segmentMonths { latest refreshed }\n  }\n": typeof types.SegmentMonthsForDashboardDocument,
    "\n  query RuleFields {\n    ruleFields { key type operators values monthly labelZh labelEn }\n    segmentDefinitions { id key name description rule example }\n  }\n": typeof types.RuleFieldsDocument,
    "\n  query PreviewSegment($rule: JSON!, $month: String) {\n    previewSegment(rule: $rule, month: $month) { month total byBranch { branchCode count } }\n  }\n": typeof types.PreviewSegmentDocument,
    "\n  mutation SaveSegment($input: SaveSegmentInput!) {\n    saveSegment(input: $input) { id name }\n  }\n": typeof types.SaveSegmentDocument,
    "\n  query SegmentExplorer($month: String!, $segment: String!) {\n    builtInSegments\n    branches { code name nameEn }\n    segmentCounts(month: $month) { branchCode segment count }\n    segmentTrend(segment: $segment, months: 13) { month branchCode count }\n  }\n": typeof types.SegmentExplorerDocument,
    "\n  query ExplorerMonths {\n    segmentMonths { refreshed latest }\n  }\n": typeof types.ExplorerMonthsDocument,
};
const documents: Documents = {
    "\n  query Cohorts {\n    cohorts { id name segmentKey baseMonth members createdAt }\n    segmentMonths { refreshed }\n  }\n": types.CohortsDocument,
    "\n  query CohortRetention($id: ID!) {\n    cohortRetention(id: $id) { month branchCode split withMeasure members retention churnRate valueRetention }\n  }\n": types.CohortRetentionDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) { id name members }\n  }\n": types.CreateCohortDocument,
    "\n  query CustomerDashboard($month: String!, $year: Int!) {\n    branches {\n      code name nameEn\n      midHighEndCount(month: $month)\n      nearMidHighEndCount(month: $month)\n      dynamicMidHighEndCount(month: $month)\n      midHighEndMonthlyAverage(year: $year) { yearToDate monthsLoaded }\n      crossStabilization(month: $month) { atLeastOne atLeastTwo atLeastThree }\n    }\n    segmentCounts(month: $month) { branchCode segment count }\n    segmentTrend(segment: \"MID_HIGH_END\", months: 13) { month branchCode count }\n  }\n": types.CustomerDashboardDocument,
    "\n  query SegmentMonthsForDashboard {\n    segmentMonths { latest refreshed }\n  }\n": types.SegmentMonthsForDashboardDocument,
    "\n  query RuleFields {\n    ruleFields { key type operators values monthly labelZh labelEn }\n    segmentDefinitions { id key name description rule example }\n  }\n": types.RuleFieldsDocument,
    "\n  query PreviewSegment($rule: JSON!, $month: String) {\n    previewSegment(rule: $rule, month: $month) { month total byBranch { branchCode count } }\n  }\n": types.PreviewSegmentDocument,
    "\n  mutation SaveSegment($input: SaveSegmentInput!) {\n    saveSegment(input: $input) { id name }\n  }\n": types.SaveSegmentDocument,
    "\n  query SegmentExplorer($month: String!, $segment: String!) {\n    builtInSegments\n    branches { code name nameEn }\n    segmentCounts(month: $month) { branchCode segment count }\n    segmentTrend(segment: $segment, months: 13) { month branchCode count }\n  }\n": types.SegmentExplorerDocument,
    "\n  query ExplorerMonths {\n    segmentMonths { refreshed latest }\n  }\n": types.ExplorerMonthsDocument,
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
export function graphql(source: "\n  query Cohorts {\n    cohorts { id name segmentKey baseMonth members createdAt }\n    segmentMonths { refreshed }\n  }\n"): (typeof documents)["\n  query Cohorts {\n    cohorts { id name segmentKey baseMonth members createdAt }\n    segmentMonths { refreshed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortRetention($id: ID!) {\n    cohortRetention(id: $id) { month branchCode split withMeasure members retention churnRate valueRetention }\n  }\n"): (typeof documents)["\n  query CohortRetention($id: ID!) {\n    cohortRetention(id: $id) { month branchCode split withMeasure members retention churnRate valueRetention }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) { id name members }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) { id name members }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDashboard($month: String!, $year: Int!) {\n    branches {\n      code name nameEn\n      midHighEndCount(month: $month)\n      nearMidHighEndCount(month: $month)\n      dynamicMidHighEndCount(month: $month)\n      midHighEndMonthlyAverage(year: $year) { yearToDate monthsLoaded }\n      crossStabilization(month: $month) { atLeastOne atLeastTwo atLeastThree }\n    }\n    segmentCounts(month: $month) { branchCode segment count }\n    segmentTrend(segment: \"MID_HIGH_END\", months: 13) { month branchCode count }\n  }\n"): (typeof documents)["\n  query CustomerDashboard($month: String!, $year: Int!) {\n    branches {\n      code name nameEn\n      midHighEndCount(month: $month)\n      nearMidHighEndCount(month: $month)\n      dynamicMidHighEndCount(month: $month)\n      midHighEndMonthlyAverage(year: $year) { yearToDate monthsLoaded }\n      crossStabilization(month: $month) { atLeastOne atLeastTwo atLeastThree }\n    }\n    segmentCounts(month: $month) { branchCode segment count }\n    segmentTrend(segment: \"MID_HIGH_END\", months: 13) { month branchCode count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentMonthsForDashboard {\n    segmentMonths { latest refreshed }\n  }\n"): (typeof documents)["\n  query SegmentMonthsForDashboard {\n    segmentMonths { latest refreshed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleFields {\n    ruleFields { key type operators values monthly labelZh labelEn }\n    segmentDefinitions { id key name description rule example }\n  }\n"): (typeof documents)["\n  query RuleFields {\n    ruleFields { key type operators values monthly labelZh labelEn }\n    segmentDefinitions { id key name description rule example }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSegment($rule: JSON!, $month: String) {\n    previewSegment(rule: $rule, month: $month) { month total byBranch { branchCode count } }\n  }\n"): (typeof documents)["\n  query PreviewSegment($rule: JSON!, $month: String) {\n    previewSegment(rule: $rule, month: $month) { month total byBranch { branchCode count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSegment($input: SaveSegmentInput!) {\n    saveSegment(input: $input) { id name }\n  }\n"): (typeof documents)["\n  mutation SaveSegment($input: SaveSegmentInput!) {\n    saveSegment(input: $input) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentExplorer($month: String!, $segment: String!) {\n    builtInSegments\n    branches { code name nameEn }\n    segmentCounts(month: $month) { branchCode segment count }\n    segmentTrend(segment: $segment, months: 13) { month branchCode count }\n  }\n"): (typeof documents)["\n  query SegmentExplorer($month: String!, $segment: String!) {\n    builtInSegments\n    branches { code name nameEn }\n    segmentCounts(month: $month) { branchCode segment count }\n    segmentTrend(segment: $segment, months: 13) { month branchCode count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerMonths {\n    segmentMonths { refreshed latest }\n  }\n"): (typeof documents)["\n  query ExplorerMonths {\n    segmentMonths { refreshed latest }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;