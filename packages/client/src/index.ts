export * from './env';
export * from './token';
export * from './graphql-client';
export * from './use-job-progress';
