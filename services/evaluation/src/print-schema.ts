import 'reflect-metadata';
import path from 'node:path';
import { writeSubgraphSdl } from '@retention/graphql-kit';
import { buildEvaluationSchema } from './schema';

writeSubgraphSdl(buildEvaluationSchema, path.join(__dirname, '..', 'schema.graphql'));
