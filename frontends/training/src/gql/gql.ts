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
    "\n  query TrainingCalendar($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id courseId level branchCode trainer place startDate endDate startTime endTime capacity status held enrolled attended absent course { title code } }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok }\n  }\n": typeof types.TrainingCalendarDocument,
    "\n  query SessionRoster($id: ID!) {\n    trainingSession(id: $id) { id branchCode course { title audienceRoles passMark } enrollments { id version status score passed staff { id displayName employeeNo role branchCode } } }\n  }\n": typeof types.SessionRosterDocument,
    "\n  query TrainingCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore passRate enrolled attended absent sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned }\n  }\n": typeof types.TrainingCoverageDocument,
    "\n  mutation CreateTrainingSession($input: SessionInput!, $key: String) {\n    createTrainingSession(input: $input, idempotencyKey: $key) { id }\n  }\n": typeof types.CreateTrainingSessionDocument,
    "\n  mutation CreateCourse($input: CourseInput!, $key: String) {\n    createCourse(input: $input, idempotencyKey: $key) { id }\n  }\n": typeof types.CreateCourseDocument,
    "\n  mutation EnrollByRole($sessionId: ID!, $role: StaffRole!) {\n    enrollByRole(sessionId: $sessionId, role: $role) { id }\n  }\n": typeof types.EnrollByRoleDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { id version status score passed }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation ImportSignInSheet($sessionId: ID!, $fileName: String!, $content: String!) {\n    importSignInSheet(sessionId: $sessionId, fileName: $fileName, contentBase64: $content) { imported attended absent newlyEnrolled errors { line column code message } }\n  }\n": typeof types.ImportSignInSheetDocument,
};
const documents: Documents = {
    "\n  query TrainingCourses {\n    courses { id code title description category audienceRoles hours passMark version campaignId modules { title } materials { kind title url fileName } }\n  }\n": types.TrainingCoursesDocument,
    "\n  query TrainingCalendar($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id courseId level branchCode trainer place startDate endDate startTime endTime capacity status held enrolled attended absent course { title code } }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok }\n  }\n": types.TrainingCalendarDocument,
    "\n  query SessionRoster($id: ID!) {\n    trainingSession(id: $id) { id branchCode course { title audienceRoles passMark } enrollments { id version status score passed staff { id displayName employeeNo role branchCode } } }\n  }\n": types.SessionRosterDocument,
    "\n  query TrainingCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore passRate enrolled attended absent sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned }\n  }\n": types.TrainingCoverageDocument,
    "\n  mutation CreateTrainingSession($input: SessionInput!, $key: String) {\n    createTrainingSession(input: $input, idempotencyKey: $key) { id }\n  }\n": types.CreateTrainingSessionDocument,
    "\n  mutation CreateCourse($input: CourseInput!, $key: String) {\n    createCourse(input: $input, idempotencyKey: $key) { id }\n  }\n": types.CreateCourseDocument,
    "\n  mutation EnrollByRole($sessionId: ID!, $role: StaffRole!) {\n    enrollByRole(sessionId: $sessionId, role: $role) { id }\n  }\n": types.EnrollByRoleDocument,
    "\n  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {\n    recordAttendance(sessionId: $sessionId, entries: $entries) { id version status score passed }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation ImportSignInSheet($sessionId: ID!, $fileName: String!, $content: String!) {\n    importSignInSheet(sessionId: $sessionId, fileName: $fileName, contentBase64: $content) { imported attended absent newlyEnrolled errors { line column code message } }\n  }\n": types.ImportSignInSheetDocument,
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
export function graphql(source: "\n  query TrainingCalendar($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id courseId level branchCode trainer place startDate endDate startTime endTime capacity status held enrolled attended absent course { title code } }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok }\n  }\n"): (typeof documents)["\n  query TrainingCalendar($quarter: String!) {\n    trainingSessions(quarter: $quarter) { id courseId level branchCode trainer place startDate endDate startTime endTime capacity status held enrolled attended absent course { title code } }\n    plannerSessionCheck(quarter: $quarter) { branchCode ok }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionRoster($id: ID!) {\n    trainingSession(id: $id) { id branchCode course { title audienceRoles passMark } enrollments { id version status score passed staff { id displayName employeeNo role branchCode } } }\n  }\n"): (typeof documents)["\n  query SessionRoster($id: ID!) {\n    trainingSession(id: $id) { id branchCode course { title audienceRoles passMark } enrollments { id version status score passed staff { id displayName employeeNo role branchCode } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore passRate enrolled attended absent sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned }\n  }\n"): (typeof documents)["\n  query TrainingCoverage($quarter: String!, $role: StaffRoleKey) {\n    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore passRate enrolled attended absent sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingSession($input: SessionInput!, $key: String) {\n    createTrainingSession(input: $input, idempotencyKey: $key) { id }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingSession($input: SessionInput!, $key: String) {\n    createTrainingSession(input: $input, idempotencyKey: $key) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourse($input: CourseInput!, $key: String) {\n    createCourse(input: $input, idempotencyKey: $key) { id }\n  }\n"): (typeof documents)["\n  mutation CreateCourse($input: CourseInput!, $key: String) {\n    createCourse(input: $input, idempotencyKey: $key) { id }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;