const { createAppConfig } = require('@retention/webpack-config');

module.exports = createAppConfig({
  dir: __dirname,
  name: 'province',
  port: 3001,
  title: '省公司工作台',
  exposes: { './App': './src/App.tsx', './RevealLog': './src/policy/reveal-log-page.tsx' },
});
