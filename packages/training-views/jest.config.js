module.exports = require('@retention/jest-config').reactPreset();
