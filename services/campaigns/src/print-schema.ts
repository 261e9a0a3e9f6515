import 'reflect-metadata';
import path from 'node:path';
import { writeSubgraphSdl } from '@retention/graphql-kit';
import { buildCampaignsSchema } from './schema';

writeSubgraphSdl(buildCampaignsSchema, path.join(__dirname, '..', 'schema.graphql'));
