export * from './context';
export * from './errors';
export * from './auth-checker';
export * from './require-auth.plugin';
export * from './build-schema';
export * from './server';
export * from './env';
export * from './service';
