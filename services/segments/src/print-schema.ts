import 'reflect-metadata';
import path from 'node:path';
import { writeSubgraphSdl } from '@retention/graphql-kit';
import { buildSegmentsSchema } from './schema';

writeSubgraphSdl(buildSegmentsSchema, path.join(__dirname, '..', 'schema.graphql'));
