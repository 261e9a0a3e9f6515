export * from './normal';
export * from './proportions';
export * from './welch';
export * from './power';
