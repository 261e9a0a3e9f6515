// The committed GraphQL client types (graphql-codegen's client preset) must match the gateway's
// api-schema.graphql and the workspace's own documents. Runs the workspace's codegen.yml in
// memory (nothing is written, no network) and compares with the files on disk.
// @graphql-codegen/cli and client-preset are the workspace root's devDependencies, which the
// `codegen` scripts use too.
const fs = require('fs');
const path = require('path');

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(file) : [file];
  });
}

/**
 * Lists what differs between the files codegen would generate for `workspaceDir` and the
 * committed ones: stale, missing or left-over (in an output folder, not generated any more).
 */
async function staleGeneratedTypes(workspaceDir) {
  const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');
  const configFilePath = path.join(workspaceDir, 'codegen.yml');
  const cwd = process.cwd();
  // codegen resolves the schema and document globs against the working directory.
  process.chdir(workspaceDir);
  try {
    const { config } = await loadCodegenConfig({ configFilePath });
    const files = await generate({ ...config, silent: true, verbose: false }, false);
    const generated = new Map(files.map((f) => [path.resolve(workspaceDir, f.filename), f.content]));
    const problems = [];
    for (const [file, content] of generated) {
      const name = path.relative(workspaceDir, file);
      if (!fs.existsSync(file)) problems.push(`${name} (missing)`);
      else if (fs.readFileSync(file, 'utf8') !== content) problems.push(`${name} (stale)`);
    }
    for (const output of Object.keys(config.generates)) {
      if (!output.endsWith('/')) continue; // a preset's output folder
      for (const file of listFiles(path.resolve(workspaceDir, output))) {
        if (!generated.has(file)) problems.push(`${path.relative(workspaceDir, file)} (not generated any more)`);
      }
    }
    return problems;
  } finally {
    process.chdir(cwd);
  }
}

/** Fails with the command that regenerates the types when they are not fresh. */
async function expectFreshGeneratedTypes(workspaceDir) {
  const problems = await staleGeneratedTypes(workspaceDir);
  if (problems.length === 0) return;
  const { name } = JSON.parse(fs.readFileSync(path.join(workspaceDir, 'package.json'), 'utf8'));
  throw new Error(
    `The generated GraphQL types of ${name} do not match services/gateway/api-schema.graphql ` +
      `and its documents:\n  ${problems.join('\n  ')}\n` +
      `Regenerate them with \`pnpm --filter ${name} codegen\` and commit the result.`,
  );
}

module.exports = { staleGeneratedTypes, expectFreshGeneratedTypes };
