// One webpack setup for the shell and every remote: swc for TypeScript, Module Federation
// with the same strict singletons everywhere, /env.js for runtime URLs.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { container } = require('webpack');

const DEV_ENV = {
  gatewayUrl: 'http://localhost:4000/graphql',
  remotes: {
    province: 'http://localhost:3001/remoteEntry.js',
    branch: 'http://localhost:3002/remoteEntry.js',
    training: 'http://localhost:3003/remoteEntry.js',
  },
};

/** Shared as strict singletons: one React, one urql client, one i18n, one antd theme. */
const SINGLETONS = ['react', 'react-dom', 'urql', '@urql/core', 'antd', 'react-router-dom', 'i18next', 'react-i18next', '@retention/ui', '@retention/client'];

function shared(appPackageJson) {
  const deps = { ...appPackageJson.dependencies, ...appPackageJson.peerDependencies };
  return Object.fromEntries(
    SINGLETONS.map((name) => {
      const declared = deps[name];
      // Workspace packages are versioned 0.0.0 in the monorepo.
      const requiredVersion = !declared || declared.startsWith('workspace:') ? '0.0.0' : declared;
      return [name, { singleton: true, strictVersion: true, requiredVersion }];
    }),
  );
}

/**
 * @param {object} options
 * @param {string} options.dir        the app's folder
 * @param {string} options.name       Module Federation container name (shell, province, branch, training)
 * @param {number} options.port       dev server port
 * @param {Record<string,string>} [options.exposes]  for remotes
 * @param {string} options.title
 */
function createAppConfig({ dir, name, port, exposes, title }) {
  const pkg = require(path.join(dir, 'package.json'));
  return (_env, argv) => {
    const production = argv.mode === 'production';
    return {
      entry: path.join(dir, 'src/index.ts'),
      mode: production ? 'production' : 'development',
      devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
      output: {
        path: path.join(dir, 'dist'),
        // Remotes are loaded from their own origin: chunks resolve relative to remoteEntry.js.
        publicPath: 'auto',
        filename: production ? '[name].[contenthash:8].js' : '[name].js',
        uniqueName: name,
        clean: true,
      },
      resolve: { extensions: ['.tsx', '.ts', '.js'] },
      module: {
        rules: [
          {
            test: /\.tsx?$/,
            exclude: /node_modules/,
            use: {
              loader: require.resolve('swc-loader'),
              options: {
                jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' },
              },
            },
          },
        ],
      },
      plugins: [
        new container.ModuleFederationPlugin({
          name,
          filename: 'remoteEntry.js',
          exposes: exposes ?? {},
          shared: shared(pkg),
        }),
        new HtmlWebpackPlugin({
          title,
          // Absolute, so a deep link such as /province/segments still finds the bundle.
          publicPath: '/',
          templateContent: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><script src="/env.js"></script></head><body style="margin:0"><div id="root"></div></body></html>`,
        }),
      ],
      performance: { hints: false },
      devServer: {
        port,
        historyApiFallback: true,
        headers: { 'Access-Control-Allow-Origin': '*' },
        // `pnpm start` writes /env.js from the environment; the dev server serves these defaults.
        setupMiddlewares: (middlewares, devServer) => {
          devServer.app.get('/env.js', (_req, res) => res.type('js').send(`window.__RETENTION_ENV__ = ${JSON.stringify(DEV_ENV)};`));
          return middlewares;
        },
      },
    };
  };
}

module.exports = { createAppConfig, SINGLETONS };
