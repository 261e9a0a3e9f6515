const { nodePreset } = require('@retention/jest-config');

// test-kit tests its own setup from source (its dist is what other workspaces use).
module.exports = nodePreset({
  globalSetup: '<rootDir>/src/global-setup.ts',
  globalTeardown: '<rootDir>/src/global-teardown.ts',
});
