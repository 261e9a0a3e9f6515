const { nodePreset } = require('@retention/jest-config');

module.exports = nodePreset({ testTimeout: 240000 });
