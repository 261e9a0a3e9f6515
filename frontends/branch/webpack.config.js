const { createAppConfig } = require('@retention/webpack-config');

module.exports = createAppConfig({
  dir: __dirname,
  name: 'branch',
  port: 3002,
  title: '分公司工作台',
  exposes: { './App': './src/App.tsx' },
});
