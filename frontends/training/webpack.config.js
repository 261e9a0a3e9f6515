const { createAppConfig } = require('@retention/webpack-config');

module.exports = createAppConfig({
  dir: __dirname,
  name: 'training',
  port: 3003,
  title: '培训管理',
  exposes: { './App': './src/App.tsx' },
});
