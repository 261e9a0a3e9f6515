// Node preset plus a real PostgreSQL for the whole jest run.
const { nodePreset } = require('@retention/jest-config');

module.exports = (overrides = {}) =>
  nodePreset({
    globalSetup: require.resolve('./dist/global-setup.js'),
    globalTeardown: require.resolve('./dist/global-teardown.js'),
    ...overrides,
  });
