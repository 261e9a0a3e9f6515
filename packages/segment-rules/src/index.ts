export * from './rule-fields';
export * from './rule.schema';
export * from './rule-compiler';
export * from './built-in-segments';
