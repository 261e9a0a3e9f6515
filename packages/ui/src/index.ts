export * from './i18n';
export * from './session';
export * from './app-providers';
export * from './login-page';
export * from './language-switch';
export * from './remote-boundary';
export * from './query-state';
export * from './standalone';
