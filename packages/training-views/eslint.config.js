module.exports = require('@retention/eslint-config').react;
