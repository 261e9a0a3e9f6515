import { platformConfig } from './config';
import { startPlatform } from './platform';

const DEMO_LOGINS = [
  ['province', '省公司策划 PROVINCE_PLANNER'],
  ['analyst', '省公司经分 PROVINCE_ANALYST'],
  ['cd.planner', '成都策划 BRANCH_PLANNER (CD)'],
  ['cd.phone1', '成都电话经理 PHONE_MANAGER (CD)'],
  ['cd.phone2', '成都电话经理 PHONE_MANAGER (CD)'],
  ['ga.planner', '广安策划 BRANCH_PLANNER (GA)'],
  ['ga.phone1', '广安电话经理 PHONE_MANAGER (GA)'],
  ['trainer', '培训师 TRAINER'],
  ['admin', '系统管理员 ADMIN'],
];

/** `pnpm start`: the whole platform in one terminal; Ctrl-C stops every part. */
async function main(): Promise<void> {
  const config = platformConfig();
  const platform = await startPlatform(config, (line) => console.log(line));

  console.log('\n================ 平台已启动 / platform ready ================');
  console.log(`  Shell (browser):  ${platform.urls.shell}`);
  console.log(`  GraphQL gateway:  ${platform.urls.gateway}`);
  for (const app of config.frontends.slice(1)) console.log(`  remote ${app.name}:`.padEnd(20) + `http://${config.publicHost}:${app.port}/remoteEntry.js`);
  if (config.seedDemo) {
    console.log('\n  Demo logins (password demo1234):');
    for (const [user, role] of DEMO_LOGINS) console.log(`    ${user.padEnd(12)} ${role}`);
  }
  console.log('\n  Ctrl-C stops everything.');
  console.log('==============================================================\n');

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('stopping…');
    await platform.stop();
    console.log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  platform.crashed.then((reason) => {
    console.error(`${reason}: stopping the platform`);
    void shutdown(1);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
