import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ContactKind, StaffRole } from '../common/enums';

/** A member of staff (DOMAIN.md §1): every user, and staff without a login such as front-desk staff. */
@ObjectType('Staff')
export class StaffType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: '工号, the key of staff imports.' })
  employeeNo: string | null;

  @Field()
  displayName: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field(() => ContactKind, { nullable: true, description: 'Phone managers only: PHONE 电话经理 or ACCOUNT 客户经理.' })
  contactKind: ContactKind | null;

  @Field(() => String, { nullable: true })
  branchCode: string | null;

  @Field()
  active: boolean;

  @Field({ description: 'True for users (their name, role, branch and status are edited in user administration).' })
  hasLogin: boolean;

  @Field(() => Int)
  version: number;
}

@ObjectType('StaffPageInfo')
export class StaffPageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ObjectType('StaffConnection')
export class StaffConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => StaffPageInfo)
  pageInfo: StaffPageInfo;

  @Field(() => [StaffType])
  nodes: StaffType[];
}

@ObjectType('TrainingImportError')
export class ImportRowErrorType {
  @Field(() => Int, { description: 'Line (CSV) or row (XLSX) in the file; the header is line 1.' })
  line: number;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field()
  code: string;

  @Field(() => String, { nullable: true })
  value: string | null;

  @Field()
  message: string;
}

@ObjectType('StaffImportResult')
export class StaffImportResult {
  @Field({ description: 'False when the file had errors (then nothing was imported) or on a dry run.' })
  imported: boolean;

  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => [ImportRowErrorType])
  errors: ImportRowErrorType[];
}
