import { Field, Float, Int, ObjectType } from 'type-graphql';
import { StaffRole } from '../common/enums';

@ObjectType('TrainingCoverage', {
  description:
    'Coverage (DOMAIN.md §7): active staff of the audience role in the branch who attended at least one session of a course for that role in the quarter ÷ active staff of that role. Attendance rates are given over the sessions held so far and over all sessions planned for the quarter, each labelled.',
})
export class CoverageRow {
  @Field()
  quarter: string;

  @Field()
  branchCode: string;

  @Field(() => StaffRole, { nullable: true, description: 'Null: every audience role of the quarter’s sessions pooled (the TRAINING_COVERAGE KPI).' })
  role: StaffRole | null;

  @Field(() => Int, { description: 'Active staff of the role in the branch.' })
  staff: number;

  @Field(() => Int, { description: 'Of them, attended at least one session for their role this quarter (registered is not enough).' })
  trained: number;

  @Field(() => Float, { nullable: true, description: 'trained ÷ staff, 0…1; null without staff.' })
  coverage: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean assessment score of the attendances scored.' })
  averageScore: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of scored attendances at or above the course’s pass mark.' })
  passRate: number | null;

  @Field(() => Int, { description: 'Enrollments of these staff in the quarter’s sessions for their role.' })
  enrolled: number;

  @Field(() => Int, { description: 'Attendances so far.' })
  attended: number;

  @Field(() => Int)
  absent: number;

  @Field(() => Int, { description: 'Sessions for these roles reaching the branch this quarter that have ended.' })
  sessionsHeld: number;

  @Field(() => Int, { description: 'All sessions for these roles reaching the branch this quarter (held and still to come).' })
  sessionsPlanned: number;

  @Field(() => Float, { nullable: true, description: 'Attended ÷ enrollments of the sessions HELD SO FAR.' })
  attendanceRateHeld: number | null;

  @Field(() => Float, { nullable: true, description: 'Attended ÷ enrollments of ALL sessions PLANNED for the quarter (later sessions count as not yet attended).' })
  attendanceRatePlanned: number | null;
}
