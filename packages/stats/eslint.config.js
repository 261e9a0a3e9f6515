module.exports = require('@retention/eslint-config').base;
