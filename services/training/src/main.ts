import 'reflect-metadata';
import { runServiceFromEnv } from '@retention/graphql-kit';
import { trainingService } from './app';

runServiceFromEnv(trainingService);
