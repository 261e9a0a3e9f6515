import type { ServiceDefinition } from '@retention/graphql-kit';
import { createSegmentsContext, type SegmentsContext } from './context';
import { createSegmentsDataSource } from './data-source';
import { SegmentJobQueue } from './jobs/job-queue';
import { buildSegmentsSchema } from './schema';
import { demoDataOptions, seedDemoData } from './seed/demo-data';

/** The segments subgraph: billing imports, the segment engine, user segments, photo cohorts and portraits. */
export const segmentsService: ServiceDefinition<SegmentsContext, SegmentJobQueue> = {
  name: 'segments',
  portEnv: 'SEGMENTS_PORT',
  defaultPort: 4101,
  createDataSource: createSegmentsDataSource,
  buildSchema: buildSegmentsSchema,
  createContext: createSegmentsContext,
  startRuntime: (dataSource, { databaseUrl }) => SegmentJobQueue.start(dataSource, databaseUrl),
  afterMigrate: async (dataSource, { seedDemo }) => {
    if (seedDemo) await seedDemoData(dataSource, { ...demoDataOptions(), log: console.log });
  },
};
