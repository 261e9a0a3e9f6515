export * from './password';
export * from './token';
export * from './scope';
export * from './gateway-secret';
