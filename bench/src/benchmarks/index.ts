import { b1Import } from './b1-import';
import { b2Refresh } from './b2-refresh';
import { b3ListBuild } from './b3-list-build';
import { b4Evaluation } from './b4-evaluation';
import { b5Gateway } from './b5-gateway';
import { b6Frontends } from './b6-frontends';
import type { DataBenchmark, PlatformBenchmark } from './benchmark';

/** Per data size, in this order (B2 refreshes what B1 imported). B3 and B4 join here, one file each. */
export const DATA_BENCHMARKS: DataBenchmark[] = [b1Import, b2Refresh, b3ListBuild, b4Evaluation];

/** Once per run, against the platform. */
export const PLATFORM_BENCHMARKS: PlatformBenchmark[] = [b5Gateway, b6Frontends];
