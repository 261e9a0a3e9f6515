// Shared jest presets. swc compiles TypeScript with legacy decorators and
// decorator metadata, which type-graphql and TypeORM read at runtime.
const swcTransform = (react) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: react },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        ...(react ? { react: { runtime: 'automatic' } } : {}),
      },
    },
    module: { type: 'commonjs' },
  },
];

/** Node services and packages: real PostgreSQL per test run (see @retention/test-kit). */
function nodePreset(overrides = {}) {
  return {
    testEnvironment: 'node',
    transform: { '^.+\\.tsx?$': swcTransform(false) },
    testMatch: ['<rootDir>/src/**/*.test.ts'],
    setupFiles: [require.resolve('./node-setup.js')],
    testTimeout: 60000,
    ...overrides,
  };
}

/** React workspaces: jsdom + Testing Library. */
function reactPreset(overrides = {}) {
  return {
    testEnvironment: 'jsdom',
    transform: { '^.+\\.tsx?$': swcTransform(true) },
    testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
    moduleNameMapper: { '\\.(css|less|svg|png)$': require.resolve('./file-stub.js') },
    setupFilesAfterEnv: [require.resolve('./react-setup.js')],
    // Lazy routes load antd and the shared views on first use: slow on a cold cache under CI load.
    testTimeout: 60000,
    ...overrides,
  };
}

module.exports = { nodePreset, reactPreset };
