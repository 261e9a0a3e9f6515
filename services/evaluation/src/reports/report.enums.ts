import { registerEnumType } from 'type-graphql';

export enum EvaluationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}

registerEnumType(EvaluationStatus, { name: 'EvaluationStatus' });
