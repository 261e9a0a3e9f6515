import 'reflect-metadata';
import { runServiceFromEnv } from '@retention/graphql-kit';
import { evaluationService } from './app';

runServiceFromEnv(evaluationService);
