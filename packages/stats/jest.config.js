module.exports = require('@retention/jest-config').nodePreset();
