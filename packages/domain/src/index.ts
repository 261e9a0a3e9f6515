export * from './branches';
export * from './roles';
export * from './demo';
export * from './treatment';
