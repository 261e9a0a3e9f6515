export * from './branches';
export * from './roles';
export * from './demo';
export * from './treatment';
export * from './subscriber-vocabulary';
export * from './permissions';
