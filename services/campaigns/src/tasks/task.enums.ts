import { registerEnumType } from 'type-graphql';

export enum ContactOutcome {
  NO_ANSWER = 'NO_ANSWER',
  REACHED_DECLINED = 'REACHED_DECLINED',
  HESITANT_CALLBACK = 'HESITANT_CALLBACK',
  ACCEPTED = 'ACCEPTED',
  INVALID_NUMBER = 'INVALID_NUMBER',
  DO_NOT_CALL = 'DO_NOT_CALL',
}

export enum TaskStatus {
  OPEN = 'OPEN',
  CALLBACK = 'CALLBACK',
  DONE = 'DONE',
  WITHDRAWN = 'WITHDRAWN',
}

/** 推荐期 → 试用期 → 稳定期, or ended when the customer leaves (DOMAIN.md §5). */
export enum OfferStage {
  RECOMMENDATION = 'RECOMMENDATION',
  TRIAL = 'TRIAL',
  STABLE = 'STABLE',
  ENDED = 'ENDED',
}

/** Outcomes after which the task is finished; NO_ANSWER stays open, HESITANT_CALLBACK waits for its callback. */
export const FINAL_OUTCOMES: readonly ContactOutcome[] = [ContactOutcome.REACHED_DECLINED, ContactOutcome.ACCEPTED, ContactOutcome.INVALID_NUMBER, ContactOutcome.DO_NOT_CALL];

registerEnumType(ContactOutcome, { name: 'ContactOutcome' });
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(OfferStage, { name: 'OfferStage' });
