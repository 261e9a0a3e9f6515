const { createAppConfig } = require('@retention/webpack-config');

// The host: remotes are found at runtime from /env.js, not named here.
module.exports = createAppConfig({ dir: __dirname, name: 'shell', port: 3000, title: '客户保有与营销闭环平台' });
