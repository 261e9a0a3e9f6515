import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { randomServicePasswords, SERVICE_NAMES, type ServicePasswords } from './roles';

export interface LocalSecrets {
  /** Signs login tokens; random per data directory, never a constant in the repo. */
  jwtSecret: string;
  databasePasswords: ServicePasswords;
  /** What the gateway proves itself with to each subgraph. */
  subgraphSecrets: ServicePasswords;
}

const random = () => randomBytes(32).toString('base64url');

/**
 * The secrets of one data directory (`.data/secrets.json`, readable by its owner only):
 * made once with random values and kept, so tokens and the roles' passwords survive a
 * restart of `pnpm start`.
 */
export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
    const complete = (value?: ServicePasswords) => value !== undefined && SERVICE_NAMES.every((s) => value[s]);
    if (stored.jwtSecret && complete(stored.databasePasswords) && complete(stored.subgraphSecrets)) return stored as LocalSecrets;
  }
  const secrets: LocalSecrets = { jwtSecret: random(), databasePasswords: randomServicePasswords(random), subgraphSecrets: randomServicePasswords(random) };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
