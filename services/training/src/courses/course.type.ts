import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CourseCategory, StaffRole } from '../common/enums';

@ObjectType('CourseModule')
export class CourseModuleType {
  @Field()
  title: string;

  @Field({ defaultValue: '' })
  summary: string;
}

@ObjectType('CourseMaterial', { description: 'A link, or an attachment’s metadata (the file itself lives in the document system).' })
export class CourseMaterialType {
  @Field({ description: 'LINK or ATTACHMENT' })
  kind: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Field(() => Int, { nullable: true })
  sizeBytes: number | null;

  @Field(() => String, { nullable: true })
  mimeType: string | null;
}

@ObjectType('Course')
export class CourseType {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => CourseCategory)
  category: CourseCategory;

  @Field(() => [StaffRole], { description: 'Who the course is for; coverage counts staff of these roles.' })
  audienceRoles: StaffRole[];

  @Field(() => Float)
  hours: number;

  @Field(() => Float, { description: 'Passed when the assessment score is at least this (0–100).' })
  passMark: number;

  @Field(() => [CourseModuleType])
  modules: CourseModuleType[];

  @Field(() => [CourseMaterialType])
  materials: CourseMaterialType[];

  @Field(() => ID, { nullable: true, description: 'The published campaign whose mandatory talk track this course trains (seed 004).' })
  campaignId: string | null;

  @Field()
  active: boolean;

  @Field(() => Int)
  version: number;
}

@InputType()
export class CourseModuleInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;
}

@InputType()
export class CourseMaterialInput {
  @Field({ description: 'LINK or ATTACHMENT' })
  kind: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  fileName?: string | null;

  @Field(() => Int, { nullable: true })
  sizeBytes?: number | null;

  @Field(() => String, { nullable: true })
  mimeType?: string | null;
}

@InputType()
export class CourseInput {
  @Field({ description: '2–32 upper-case letters, digits, "-" or "_".' })
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => CourseCategory)
  category: CourseCategory;

  @Field(() => [StaffRole])
  audienceRoles: StaffRole[];

  @Field(() => Float)
  hours: number;

  @Field(() => Float, { nullable: true, description: 'Default 60.' })
  passMark?: number | null;

  @Field(() => [CourseModuleInput], { nullable: true })
  modules?: CourseModuleInput[] | null;

  @Field(() => [CourseMaterialInput], { nullable: true })
  materials?: CourseMaterialInput[] | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;
}

@InputType()
export class UpdateCourseInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => CourseCategory, { nullable: true })
  category?: CourseCategory | null;

  @Field(() => [StaffRole], { nullable: true })
  audienceRoles?: StaffRole[] | null;

  @Field(() => Float, { nullable: true })
  hours?: number | null;

  @Field(() => Float, { nullable: true })
  passMark?: number | null;

  @Field(() => [CourseModuleInput], { nullable: true })
  modules?: CourseModuleInput[] | null;

  @Field(() => [CourseMaterialInput], { nullable: true })
  materials?: CourseMaterialInput[] | null;

  @Field(() => ID, { nullable: true, description: 'Empty string unlinks the campaign.' })
  campaignId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
