import { z } from 'zod';

export const MAX_RULE_DEPTH = 8;
export const MAX_RULE_CONDITIONS = 60;

const scalar = z.union([z.number().finite(), z.string().max(200), z.boolean()]);

export const conditionSchema = z
  .object({
    field: z.string().min(1),
    op: z.string().min(1),
    value: z.union([scalar, z.array(z.union([z.number().finite(), z.string().max(200)])).max(200)]),
    /** "in each of the last k months" (monthly number fields only). */
    eachOfLastMonths: z.number().int().min(2).max(6).optional(),
  })
  .strict();

export type Condition = z.infer<typeof conditionSchema>;
export type RuleNode = { all: RuleNode[] } | { any: RuleNode[] } | { not: RuleNode } | Condition;

/** AND / OR / NOT groups over conditions; the shape only — meaning is checked by the compiler. */
export const ruleSchema: z.ZodType<RuleNode> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ruleSchema).min(1).max(50) }).strict(),
    z.object({ any: z.array(ruleSchema).min(1).max(50) }).strict(),
    z.object({ not: ruleSchema }).strict(),
    conditionSchema,
  ]),
);
