import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Capability } from '@retention/domain';
import type { TrainingContext } from '../context';
import { StaffRoleKey, type StaffRole } from '../common/enums';
import { parseQuarter, previousQuarter } from '../common/period';
import { TrainingError, TrainingErrorCode } from '../common/training.errors';
import { CoverageRow } from './coverage.type';

/** Coverage is a KPI figure: a league table every role reads for every branch (DOMAIN.md §1). */
@Resolver()
export class CoverageResolver {
  @Authorized(Capability.KPI_READ)
  @Query(() => [CoverageRow], { description: 'Training coverage of the quarter (YYYY-Qn) per branch, for one audience role or (role omitted) all of the quarter’s audience roles pooled.' })
  trainingCoverage(
    @Arg('quarter', () => String) quarter: string,
    @Ctx() ctx: TrainingContext,
    @Arg('role', () => StaffRoleKey, { nullable: true }) role?: StaffRole | null,
  ): Promise<CoverageRow[]> {
    return ctx.coverage.coverage(parseQuarter(quarter), role ?? null);
  }

  @Authorized(Capability.KPI_READ)
  @Query(() => [CoverageRow], { description: 'Coverage over the last `quarters` quarters through `throughQuarter` (oldest first), per branch.' })
  async trainingCoverageTrend(
    @Arg('throughQuarter', () => String) throughQuarter: string,
    @Ctx() ctx: TrainingContext,
    @Arg('quarters', () => Int, { nullable: true, defaultValue: 4 }) quarters = 4,
    @Arg('role', () => StaffRoleKey, { nullable: true }) role?: StaffRole | null,
    @Arg('branchCode', () => String, { nullable: true }) branchCode?: string | null,
  ): Promise<CoverageRow[]> {
    if (!Number.isInteger(quarters) || quarters < 1 || quarters > 12) {
      throw new TrainingError(TrainingErrorCode.BAD_QUARTER, 'quarters: 1–12', { field: 'quarters' });
    }
    let quarter = parseQuarter(throughQuarter, 'throughQuarter');
    const list = [quarter];
    for (let i = 1; i < quarters; i++) list.unshift((quarter = previousQuarter(quarter)));
    const rows: CoverageRow[] = [];
    for (const q of list) rows.push(...(await ctx.coverage.coverage(q, role ?? null, branchCode ? [branchCode] : null)));
    return rows;
  }
}
