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
    "\n  query TrainingCourses {\n    courses { id code title description category audienceRoles hours passMark version campaignId modules { title } materials { kind title url fileName } }\n  }\n": typeof types.TrainingCoursesDocument,
    "\n  query TrainingCalendar($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id courseId level branchCode trainer place startDate endDate startTime endTime capacity status held enrolled attended absent version course { title code } }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok }\n  }\n": typeof types.TrainingCalendarDocument,
    "\n  query SessionRoster($id: ID!) {\n    trainingSession(id: $id) { id branchCode course { title audienceRoles passMark } enrollments { id version status score passed staff { id displayName employeeNo role branchCode } } }\n  }\n": typeof types.SessionRosterDocument,
    "\n  query StaffCandidates($branchCode: String, $search: String) {\n    staff(branchCode: $branchCode, active: true, search: $search, first: 20) { nodes { id employeeNo displayName role branchCode } }\n  }\n": typeof types.StaffCandidatesDocument,
    "\n  query TrainingCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore passRate enrolled attended absent sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned }\n  }\n": typeof types.TrainingCoverageDocument,
    "\n  query TrainingCoverageTrend($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverageTrend(throughQuarter: $quarter, quarters: 4, role: $role) { quarter branchCode staff trained coverage }\n  }\n": typeof types.TrainingCoverageTrendDocument,
    "\n  mutation CancelTrainingSession($id: ID!, $version: Int!) {\n    cancelTrainingSession(id: $id, version: $version) { id status version }\n  }\n": typeof types.CancelTrainingSessionDocument,
    "\n  mutation EnrollStaff($sessionId: ID!, $staffIds: [ID!]!) {\n    enrollStaff(sessionId: $sessionId, staffIds: $staffIds) { id }\n  }\n": typeof types.EnrollStaffDocument,
    "\n  mutation WithdrawEnrollment($id: ID!, $version: Int!) {\n    withdrawEnrollment(id: $id, version: $version)\n  }\n": typeof types.WithdrawEnrollmentDocument,
    "\n  mutation EnrollByRole($sessionId: ID!, $role: StaffRole!) {\n    enrollByRole(sessionId: $sessionId, role: $role) { id }\n  }\n": typeof types.EnrollByRoleDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { id version status score passed }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation ImportSignInSheet($sessionId: ID!, $fileName: String!, $content: String!) {\n    importSignInSheet(sessionId: $sessionId, fileName: $fileName, contentBase64: $content) { imported attended absent newlyEnrolled errors { line column code message } }\n  }\n": typeof types.ImportSignInSheetDocument,
    "\n  mutation CreateCourse($input: CourseInput!, $key: String) {\n    createCourse(input: $input, idempotencyKey: $key) { id }\n  }\n": typeof types.CreateCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $version: Int!, $input: UpdateCourseInput!) {\n    updateCourse(id: $id, version: $version, input: $input) { id version title description category audienceRoles hours passMark }\n  }\n": typeof types.UpdateCourseDocument,
    "\n  query TalkTrackCampaigns {\n    talkTrackCampaigns { id name status level ownerBranchCode startDate endDate }\n  }\n": typeof types.TalkTrackCampaignsDocument,
    "\n  query CourseTalkTrack($id: ID!) {\n    course(id: $id) {\n      id version campaignId\n      linkedCampaign { id name status startDate endDate training { staff trained coverage branches { branchCode staff trained coverage } } }\n    }\n  }\n": typeof types.CourseTalkTrackDocument,
    "\n  mutation LinkTalkTrackCourse($courseId: ID!, $version: Int!, $campaignId: ID) {\n    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId linkedCampaign { id name status } }\n  }\n": typeof types.LinkTalkTrackCourseDocument,
    "\n  query SessionCourseOptions {\n    courses { id title }\n  }\n": typeof types.SessionCourseOptionsDocument,
    "\n  mutation CreateTrainingSession($input: SessionInput!, $key: String) {\n    createTrainingSession(input: $input, idempotencyKey: $key) { id }\n  }\n": typeof types.CreateTrainingSessionDocument,
    "\n  mutation UpdateTrainingSession($id: ID!, $version: Int!, $input: UpdateSessionInput!) {\n    updateTrainingSession(id: $id, version: $version, input: $input) { id version trainer place startDate endDate startTime endTime capacity }\n  }\n": typeof types.UpdateTrainingSessionDocument,
    "\n  query TraineeHistory($id: ID!) {\n    staffMember(id: $id) {\n      id employeeNo displayName role contactKind branchCode active hasLogin\n      history {\n        id status score passed\n        session { id startDate endDate quarter level branchCode held status trainer place course { code title hours passMark } }\n      }\n    }\n  }\n": typeof types.TraineeHistoryDocument,
};
const documents: Documents = {
    "\n  query TrainingCourses {\n    courses { id code title description category audienceRoles hours passMark version campaignId modules { title } materials { kind title url fileName } }\n  }\n": types.TrainingCoursesDocument,
    "\n  query TrainingCalendar($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id courseId level branchCode trainer place startDate endDate startTime endTime capacity status held enrolled attended absent version course { title code } }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok }\n  }\n": types.TrainingCalendarDocument,
    "\n  query SessionRoster($id: ID!) {\n    trainingSession(id: $id) { id branchCode course { title audienceRoles passMark } enrollments { id version status score passed staff { id displayName employeeNo role branchCode } } }\n  }\n": types.SessionRosterDocument,
    "\n  query StaffCandidates($branchCode: String, $search: String) {\n    staff(branchCode: $branchCode, active: true, search: $search, first: 20) { nodes { id employeeNo displayName role branchCode } }\n  }\n": types.StaffCandidatesDocument,
    "\n  query TrainingCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore passRate enrolled attended absent sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned }\n  }\n": types.TrainingCoverageDocument,
    "\n  query TrainingCoverageTrend($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverageTrend(throughQuarter: $quarter, quarters: 4, role: $role) { quarter branchCode staff trained coverage }\n  }\n": types.TrainingCoverageTrendDocument,
    "\n  mutation CancelTrainingSession($id: ID!, $version: Int!) {\n    cancelTrainingSession(id: $id, version: $version) { id status version }\n  }\n": types.CancelTrainingSessionDocument,
    "\n  mutation EnrollStaff($sessionId: ID!, $staffIds: [ID!]!) {\n    enrollStaff(sessionId: $sessionId, staffIds: $staffIds) { id }\n  }\n": types.EnrollStaffDocument,
    "\n  mutation WithdrawEnrollment($id: ID!, $version: Int!) {\n    withdrawEnrollment(id: $id, version: $version)\n  }\n": types.WithdrawEnrollmentDocument,
    "\n  mutation EnrollByRole($sessionId: ID!, $role: StaffRole!) {\n    enrollByRole(sessionId: $sessionId, role: $role) { id }\n  }\n": types.EnrollByRoleDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { id version status score passed }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation ImportSignInSheet($sessionId: ID!, $fileName: String!, $content: String!) {\n    importSignInSheet(sessionId: $sessionId, fileName: $fileName, contentBase64: $content) { imported attended absent newlyEnrolled errors { line column code message } }\n  }\n": types.ImportSignInSheetDocument,
    "\n  mutation CreateCourse($input: CourseInput!, $key: String) {\n    createCourse(input: $input, idempotencyKey: $key) { id }\n  }\n": types.CreateCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $version: Int!, $input: UpdateCourseInput!) {\n    updateCourse(id: $id, version: $version, input: $input) { id version title description category audienceRoles hours passMark }\n  }\n": types.UpdateCourseDocument,
    "\n  query TalkTrackCampaigns {\n    talkTrackCampaigns { id name status level ownerBranchCode startDate endDate }\n  }\n": types.TalkTrackCampaignsDocument,
    "\n  query CourseTalkTrack($id: ID!) {\n    course(id: $id) {\n      id version campaignId\n      linkedCampaign { id name status startDate endDate training { staff trained coverage branches { branchCode staff trained coverage } } }\n    }\n  }\n": types.CourseTalkTrackDocument,
    "\n  mutation LinkTalkTrackCourse($courseId: ID!, $version: Int!, $campaignId: ID) {\n    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId linkedCampaign { id name status } }\n  }\n": types.LinkTalkTrackCourseDocument,
    "\n  query SessionCourseOptions {\n    courses { id title }\n  }\n": types.SessionCourseOptionsDocument,
    "\n  mutation CreateTrainingSession($input: SessionInput!, $key: String) {\n    createTrainingSession(input: $input, idempotencyKey: $key) { id }\n  }\n": types.CreateTrainingSessionDocument,
    "\n  mutation UpdateTrainingSession($id: ID!, $version: Int!, $input: UpdateSessionInput!) {\n    updateTrainingSession(id: $id, version: $version, input: $input) { id version trainer place startDate endDate startTime endTime capacity }\n  }\n": types.UpdateTrainingSessionDocument,
    "\n  query TraineeHistory($id: ID!) {\n    staffMember(id: $id) {\n      id employeeNo displayName role contactKind branchCode active hasLogin\n      history {\n        id status score passed\n        session { id startDate endDate quarter level branchCode held status trainer place course { code title hours passMark } }\n      }\n    }\n  }\n": types.TraineeHistoryDocument,
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
export function graphql(source: "\n  query TrainingCourses {\n    courses { id code title description category audienceRoles hours passMark version campaignId modules { title } materials { kind title url fileName } }\n  }\n"): (typeof documents)["\n  query TrainingCourses {\n    courses { id code title description category audienceRoles hours passMark version campaignId modules { title } materials { kind title url fileName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCalendar($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id courseId level branchCode trainer place startDate endDate startTime endTime capacity status held enrolled attended absent version course { title code } }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok }\n  }\n"): (typeof documents)["\n  query TrainingCalendar($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id courseId level branchCode trainer place startDate endDate startTime endTime capacity status held enrolled attended absent version course { title code } }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionRoster($id: ID!) {\n    trainingSession(id: $id) { id branchCode course { title audienceRoles passMark } enrollments { id version status score passed staff { id displayName employeeNo role branchCode } } }\n  }\n"): (typeof documents)["\n  query SessionRoster($id: ID!) {\n    trainingSession(id: $id) { id branchCode course { title audienceRoles passMark } enrollments { id version status score passed staff { id displayName employeeNo role branchCode } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCandidates($branchCode: String, $search: String) {\n    staff(branchCode: $branchCode, active: true, search: $search, first: 20) { nodes { id employeeNo displayName role branchCode } }\n  }\n"): (typeof documents)["\n  query StaffCandidates($branchCode: String, $search: String) {\n    staff(branchCode: $branchCode, active: true, search: $search, first: 20) { nodes { id employeeNo displayName role branchCode } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore passRate enrolled attended absent sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned }\n  }\n"): (typeof documents)["\n  query TrainingCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore passRate enrolled attended absent sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCoverageTrend($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverageTrend(throughQuarter: $quarter, quarters: 4, role: $role) { quarter branchCode staff trained coverage }\n  }\n"): (typeof documents)["\n  query TrainingCoverageTrend($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverageTrend(throughQuarter: $quarter, quarters: 4, role: $role) { quarter branchCode staff trained coverage }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTrainingSession($id: ID!, $version: Int!) {\n    cancelTrainingSession(id: $id, version: $version) { id status version }\n  }\n"): (typeof documents)["\n  mutation CancelTrainingSession($id: ID!, $version: Int!) {\n    cancelTrainingSession(id: $id, version: $version) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollStaff($sessionId: ID!, $staffIds: [ID!]!) {\n    enrollStaff(sessionId: $sessionId, staffIds: $staffIds) { id }\n  }\n"): (typeof documents)["\n  mutation EnrollStaff($sessionId: ID!, $staffIds: [ID!]!) {\n    enrollStaff(sessionId: $sessionId, staffIds: $staffIds) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEnrollment($id: ID!, $version: Int!) {\n    withdrawEnrollment(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation WithdrawEnrollment($id: ID!, $version: Int!) {\n    withdrawEnrollment(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollByRole($sessionId: ID!, $role: StaffRole!) {\n    enrollByRole(sessionId: $sessionId, role: $role) { id }\n  }\n"): (typeof documents)["\n  mutation EnrollByRole($sessionId: ID!, $role: StaffRole!) {\n    enrollByRole(sessionId: $sessionId, role: $role) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { id version status score passed }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { id version status score passed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSignInSheet($sessionId: ID!, $fileName: String!, $content: String!) {\n    importSignInSheet(sessionId: $sessionId, fileName: $fileName, contentBase64: $content) { imported attended absent newlyEnrolled errors { line column code message } }\n  }\n"): (typeof documents)["\n  mutation ImportSignInSheet($sessionId: ID!, $fileName: String!, $content: String!) {\n    importSignInSheet(sessionId: $sessionId, fileName: $fileName, contentBase64: $content) { imported attended absent newlyEnrolled errors { line column code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourse($input: CourseInput!, $key: String) {\n    createCourse(input: $input, idempotencyKey: $key) { id }\n  }\n"): (typeof documents)["\n  mutation CreateCourse($input: CourseInput!, $key: String) {\n    createCourse(input: $input, idempotencyKey: $key) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourse($id: ID!, $version: Int!, $input: UpdateCourseInput!) {\n    updateCourse(id: $id, version: $version, input: $input) { id version title description category audienceRoles hours passMark }\n  }\n"): (typeof documents)["\n  mutation UpdateCourse($id: ID!, $version: Int!, $input: UpdateCourseInput!) {\n    updateCourse(id: $id, version: $version, input: $input) { id version title description category audienceRoles hours passMark }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TalkTrackCampaigns {\n    talkTrackCampaigns { id name status level ownerBranchCode startDate endDate }\n  }\n"): (typeof documents)["\n  query TalkTrackCampaigns {\n    talkTrackCampaigns { id name status level ownerBranchCode startDate endDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseTalkTrack($id: ID!) {\n    course(id: $id) {\n      id version campaignId\n      linkedCampaign { id name status startDate endDate training { staff trained coverage branches { branchCode staff trained coverage } } }\n    }\n  }\n"): (typeof documents)["\n  query CourseTalkTrack($id: ID!) {\n    course(id: $id) {\n      id version campaignId\n      linkedCampaign { id name status startDate endDate training { staff trained coverage branches { branchCode staff trained coverage } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTalkTrackCourse($courseId: ID!, $version: Int!, $campaignId: ID) {\n    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId linkedCampaign { id name status } }\n  }\n"): (typeof documents)["\n  mutation LinkTalkTrackCourse($courseId: ID!, $version: Int!, $campaignId: ID) {\n    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId linkedCampaign { id name status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCourseOptions {\n    courses { id title }\n  }\n"): (typeof documents)["\n  query SessionCourseOptions {\n    courses { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingSession($input: SessionInput!, $key: String) {\n    createTrainingSession(input: $input, idempotencyKey: $key) { id }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingSession($input: SessionInput!, $key: String) {\n    createTrainingSession(input: $input, idempotencyKey: $key) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingSession($id: ID!, $version: Int!, $input: UpdateSessionInput!) {\n    updateTrainingSession(id: $id, version: $version, input: $input) { id version trainer place startDate endDate startTime endTime capacity }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingSession($id: ID!, $version: Int!, $input: UpdateSessionInput!) {\n    updateTrainingSession(id: $id, version: $version, input: $input) { id version trainer place startDate endDate startTime endTime capacity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TraineeHistory($id: ID!) {\n    staffMember(id: $id) {\n      id employeeNo displayName role contactKind branchCode active hasLogin\n      history {\n        id status score passed\n        session { id startDate endDate quarter level branchCode held status trainer place course { code title hours passMark } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TraineeHistory($id: ID!) {\n    staffMember(id: $id) {\n      id employeeNo displayName role contactKind branchCode active hasLogin\n      history {\n        id status score passed\n        session { id startDate endDate quarter level branchCode held status trainer place course { code title hours passMark } }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;