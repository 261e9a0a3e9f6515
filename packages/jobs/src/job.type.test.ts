import 'reflect-metadata';
import { buildFederatedSchema, printSubgraphSdl } from '@retention/graphql-kit';
import { Authorized, Query, Resolver } from 'type-graphql';
import { JobType, toJobType } from './job.type';
import { UploadType } from './upload.type';

@Resolver()
class ProbeResolver {
  @Authorized()
  @Query(() => JobType)
  probeJob(): JobType {
    return toJobType({
      id: '1', kind: 'IMPORT', status: 'RUNNING', phase: 'reading', progress: 0.5, rowsDone: 3, rowsTotal: null, params: {}, result: null, error: null,
      idempotencyKey: null, createdBy: 'x', createdAt: new Date(0), startedAt: null, finishedAt: null,
    });
  }

  @Authorized()
  @Query(() => UploadType, { nullable: true })
  probeUpload(): UploadType | null {
    return null;
  }
}

it('prints Job and Upload as @shareable value types, the same in every subgraph', async () => {
  const sdl = await printSubgraphSdl(await buildFederatedSchema({ resolvers: [ProbeResolver] }));
  const job = sdl.slice(sdl.indexOf('type Job @shareable'), sdl.indexOf('}', sdl.indexOf('type Job @shareable')) + 1);
  const lines = job.split('\n').map((l) => l.trim()).filter((l) => !l.startsWith('"""'));
  expect(lines).toEqual([
    'type Job @shareable {', 'id: ID!', 'kind: String!', 'status: JobStatus!', 'phase: String!', 'progress: Float!', 'rowsDone: Float!', 'rowsTotal: Float', 'error: String',
    'createdBy: String!', 'createdAt: DateTimeISO!', 'finishedAt: DateTimeISO', '}',
  ]);
  expect(sdl).toMatch(/enum JobStatus \{\s+QUEUED\s+RUNNING\s+SUCCEEDED\s+FAILED\s+\}/);
  expect(sdl).toContain('type Upload @shareable');
});
