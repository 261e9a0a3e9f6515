import type { ServiceDefinition } from '@retention/graphql-kit';
import { createSegmentsContext, type SegmentsContext } from './context';
import { createSegmentsDataSource } from './data-source';
import { SegmentJobQueue } from './jobs/job-queue';
import { buildSegmentsSchema } from './schema';

/** The segments subgraph: subscriber master data now; usage, segments and cohorts next. */
export const segmentsService: ServiceDefinition<SegmentsContext, SegmentJobQueue> = {
  name: 'segments',
  portEnv: 'SEGMENTS_PORT',
  defaultPort: 4101,
  createDataSource: createSegmentsDataSource,
  buildSchema: buildSegmentsSchema,
  createContext: createSegmentsContext,
  startRuntime: (dataSource, { databaseUrl }) => SegmentJobQueue.start(dataSource, databaseUrl),
};
