/** Where global-setup leaves the running platform's URLs for the test files (one per jest run). */
export const PLATFORM_FILE_ENV = 'RETENTION_E2E_PLATFORM_FILE';

/** Set by global-setup for this run (the test files run in its process or in workers it starts). */
export function platformFilePath(): string {
  const file = process.env[PLATFORM_FILE_ENV];
  if (!file) throw new Error(`${PLATFORM_FILE_ENV} is not set: run the e2e tests through jest (src/support/global-setup.ts)`);
  return file;
}

/** What a test file needs of the platform started once for the run. */
export interface PlatformUrls {
  shellUrl: string;
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  subgraphSecrets: Record<string, string>;
  ports: number[];
  /** The ports of the shell and remotes, for checks on which remote served what. */
  remotes: { province: string; branch: string; training: string };
}

/** The shell and remotes listen on basePort, +1, +2, +3 (see @retention/local's startPlatformProcess). */
export const E2E_BASE_PORT = Number(process.env.E2E_BASE_PORT ?? 23000);
