import 'reflect-metadata';
import { runServiceFromEnv } from '@retention/graphql-kit';
import { campaignsService } from './app';

runServiceFromEnv(campaignsService);
