export * from './config';
export * from './embedded';
export * from './data-source';
