import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AttendanceStatus } from '../common/enums';
import { ImportRowErrorType } from '../staff/staff.type';

@ObjectType('Enrollment', { description: 'A staff member on a session: registered, then attended or absent, with an assessment score 0–100.' })
export class EnrollmentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  staffId: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Score ≥ the course’s pass mark; null until scored.' })
  passed: boolean | null;

  @Field(() => Int)
  version: number;

  /** For loaders and scope checks. */
  staffBranchCode: string | null;
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  enrollmentId: string;

  @Field(() => Int)
  version: number;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => Float, { nullable: true, description: '0–100, only for ATTENDED.' })
  score?: number | null;
}

@ObjectType('SignInImportResult')
export class SignInImportResult {
  @Field({ description: 'False when the sheet had errors (then nothing was recorded) or on a dry run.' })
  imported: boolean;

  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  absent: number;

  @Field(() => Int, { description: 'Staff on the sheet who were not enrolled yet (enrolled by the import).' })
  newlyEnrolled: number;

  @Field(() => [ImportRowErrorType])
  errors: ImportRowErrorType[];
}
