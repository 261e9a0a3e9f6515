import 'reflect-metadata';
import { runServiceFromEnv } from '@retention/graphql-kit';
import { segmentsService } from './app';

runServiceFromEnv(segmentsService);
