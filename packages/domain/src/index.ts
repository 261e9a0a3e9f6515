export * from './branches';
export * from './roles';
