// Development default; `pnpm start` serves its own /env.js built from the environment.
window.__RETENTION_ENV__ = {
  gatewayUrl: 'http://localhost:4000/graphql',
  remotes: {
    province: 'http://localhost:3001/remoteEntry.js',
    branch: 'http://localhost:3002/remoteEntry.js',
    training: 'http://localhost:3003/remoteEntry.js',
  },
};
