export * from './config';
export * from './embedded';
export * from './data-source';
export * from './roles';
export * from './local-secrets';
export * from './lock-retry';
export * from './branch-scope';
