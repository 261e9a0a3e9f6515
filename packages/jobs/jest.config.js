module.exports = require('@retention/test-kit/jest-preset')();
