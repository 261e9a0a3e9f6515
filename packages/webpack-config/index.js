// One webpack setup for the shell and every remote: swc for TypeScript, Module Federation
// with the same strict singletons everywhere, /env.js for runtime URLs.
const crypto = require('node:crypto');
const fs = require('node:fs');
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

/** Shared as strict singletons: one React, one urql client, one i18n, one session (@retention/ui), one copy of the labels and permissions (@retention/domain); antd is shared below, as a subset. */
const SINGLETONS = ['react', 'react-dom', 'urql', '@urql/core', 'react-router-dom', 'i18next', 'react-i18next', '@retention/ui', '@retention/client', '@retention/domain'];

const WORKSPACE = path.resolve(__dirname, '..', '..');

function sourceFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'gql' || entry.name === 'dist') return [];
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The workspace's source files that import from antd, with their text. */
function antdImporters(workspace = WORKSPACE) {
  const roots = ['frontends', 'packages'].flatMap((top) => {
    const base = path.join(workspace, top);
    return fs.existsSync(base) ? fs.readdirSync(base).map((name) => path.join(base, name, 'src')) : [];
  });
  return roots.flatMap(sourceFiles).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') })).filter(({ text }) => /from\s*['"]antd['"]/.test(text));
}

/** The antd values a file imports by name (types left out). */
function antdImportsOf(text) {
  const names = [];
  for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]antd['"]/g)) {
    for (const raw of match[1].split(',')) {
      const spec = raw.trim();
      if (!spec || spec.startsWith('type ')) continue;
      names.push(spec.split(/\s+as\s+/)[0].trim());
    }
  }
  return names;
}

/** Every antd export the frontends and their source packages import by name, sorted. */
function antdNamesInUse(workspace = WORKSPACE) {
  return [...new Set(antdImporters(workspace).flatMap(({ text }) => antdImportsOf(text)))].sort();
}

/**
 * The antd components drawn before a user's first page is on screen: the login page, the
 * shell's frame, each remote's frame and menu, loading and error states, and the province's
 * home page (its overview). Functions and objects (message, theme) are always eager. Every other component
 * the workspace uses is deferred (deferred-antd.js): it arrives, with the others, in one chunk
 * the first time a page draws one. Adding a component here puts it back on every first page.
 */
const ANTD_EAGER = ['Alert', 'Button', 'Card', 'Col', 'ConfigProvider', 'Empty', 'Form', 'Input', 'Layout', 'Menu', 'Radio', 'Row', 'Space', 'Spin', 'Statistic', 'Tag', 'Tooltip', 'Typography'];

function isEager(name) {
  return ANTD_EAGER.includes(name) || !/^[A-Z]/.test(name);
}

/**
 * The static members (Table.Summary.Row) the workspace uses of deferred components, nested.
 * A deferred stand-in can only offer members that are components themselves, drawn inside
 * their loaded parent; a function or constant member (Modal.confirm, Upload.LIST_IGNORE) is
 * needed before anything has loaded, so the build stops and says so.
 */
function antdStaticsInUse(deferred, workspace = WORKSPACE) {
  const statics = Object.fromEntries(deferred.map((name) => [name, {}]));
  for (const { file, text } of antdImporters(workspace)) {
    for (const name of antdImportsOf(text).filter((n) => deferred.includes(n))) {
      for (const match of text.matchAll(new RegExp(`(?<![\\w$.])${name}((?:\\.[A-Za-z_$][\\w$]*)+)`, 'g'))) {
        let node = statics[name];
        for (const member of match[1].slice(1).split('.')) {
          if (!/^[A-Z][a-z]/.test(member)) {
            throw new Error(`${path.relative(workspace, file)} uses ${name}${match[1]}: ${name} is loaded when first drawn (not in ANTD_EAGER of @retention/webpack-config), so only its component members can be used. Add ${name} to ANTD_EAGER or use a component or hook instead.`);
          }
          node = node[member] ??= {};
        }
      }
    }
  }
  return statics;
}

/**
 * antd is one shared singleton — one ConfigProvider context (locale, theme), one style
 * cache — but not antd whole: shared whole it is a 457 KB (gzip) module that every page
 * downloads before its first paint, since a shared module cannot be tree-shaken. The shared
 * `antd` is a module re-exporting just the components the workspace imports (found in the
 * sources at build time, so a page that starts using DatePicker gets it with the next
 * build); of those, the ones no first page draws are stand-ins that load their chunk when
 * first drawn. Its version carries a hash of the module's text: an app built from other
 * sources than the shell fails loudly (strictVersion) instead of missing a component.
 */
function antdSubset(dir) {
  const antdRoot = packageRoot('antd', dir);
  const antdVersion = require(path.join(antdRoot, 'package.json')).version;
  const antdIndex = JSON.stringify(path.join(antdRoot, 'es', 'index.js'));
  const names = antdNamesInUse();
  const eager = names.filter(isEager);
  const deferred = names.filter((name) => !isEager(name));
  const statics = antdStaticsInUse(deferred);
  const header = '// Generated by @retention/webpack-config: the antd exports the workspace uses.\n';
  const deferredText = `${header}export { ${deferred.join(', ')} } from ${antdIndex};\n`;
  const deferredHash = crypto.createHash('sha256').update(deferredText).digest('hex').slice(0, 8);
  const text = [
    header,
    `import { Spin as DeferredSpin } from ${antdIndex};\n`,
    `import { deferredAntd } from ${JSON.stringify(path.join(__dirname, 'deferred-antd.js'))};\n`,
    `export { ${eager.join(', ')} } from ${antdIndex};\n`,
    `const deferred = deferredAntd(() => import(/* webpackChunkName: "antd-deferred" */ "./antd-deferred-${deferredHash}.js"), DeferredSpin);\n`,
    ...deferred.map((name) => `export const ${name} = deferred(${JSON.stringify(name)}, ${JSON.stringify(statics[name])});\n`),
  ].join('');
  const hash = crypto.createHash('sha256').update(text).digest('hex').slice(0, 8);
  const cache = path.join(__dirname, 'node_modules', '.cache');
  const file = path.join(cache, `antd-subset-${hash}.js`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(cache, { recursive: true });
    fs.writeFileSync(path.join(cache, `antd-deferred-${deferredHash}.js`), deferredText);
    fs.writeFileSync(file, text);
  }
  return { file, names, eager, deferred, version: `${antdVersion}-workspace.${hash}` };
}

function packageRoot(name, from) {
  return path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }));
}

function shared(appPackageJson, dir) {
  const deps = { ...appPackageJson.dependencies, ...appPackageJson.peerDependencies };
  return {
    ...Object.fromEntries(
      SINGLETONS.map((name) => {
        const declared = deps[name];
        // Workspace packages are versioned 0.0.0 in the monorepo.
        const requiredVersion = !declared || declared.startsWith('workspace:') ? '0.0.0' : declared;
        return [name, { singleton: true, strictVersion: true, requiredVersion }];
      }),
    ),
    antd: (() => {
      const subset = antdSubset(dir);
      return { import: subset.file, singleton: true, strictVersion: true, version: subset.version, requiredVersion: subset.version };
    })(),
  };
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
      // Workspace packages that offer a "retention-source" export (@retention/ui) are bundled from their
      // TypeScript as ES modules, so the antd components they use are tree-shaken like the app's.
      resolve: { extensions: ['.tsx', '.ts', '.js'], conditionNames: ['retention-source', '...'] },
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
          shared: shared(pkg, dir),
        }),
        new HtmlWebpackPlugin({
          title,
          // Absolute, so a deep link such as /province/segments still finds the bundle.
          publicPath: '/',
          templateContent: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%230f3d6b'/%3E%3C/svg%3E"><script src="/env.js"></script></head><body style="margin:0"><div id="root"></div></body></html>`,
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

module.exports = { createAppConfig, SINGLETONS, ANTD_EAGER, antdNamesInUse, antdStaticsInUse, antdSubset };
