import 'reflect-metadata';
import path from 'node:path';
import { writeSubgraphSdl } from '@retention/graphql-kit';
import { buildTrainingSchema } from './schema';

writeSubgraphSdl(buildTrainingSchema, path.join(__dirname, '..', 'schema.graphql'));
