// `npm test`: unit and integration tests (Vitest), then end-to-end tests in
// Chromium (Playwright), all against one real Postgres: DATABASE_URL when set,
// else an embedded one kept apart from the app's own.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { prepareDatabase } from '../lib/db/prepare-database';
import { applyTestDatabaseEnv } from '../tests/helpers/test-database-env';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

applyTestDatabaseEnv();
const { url, embedded } = await prepareDatabase();
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };

let failed = false;
try {
  failed = (await run('vitest', ['run'], env)) !== 0;
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(
      `\nChromium was not found at ${CHROMIUM}; end-to-end tests need it ` +
        '(Debian/Ubuntu: `apt-get install -y chromium`, or set CHROMIUM_PATH).\n',
    );
    failed = true;
  } else {
    failed = (await run('playwright', ['test'], env)) !== 0 || failed;
  }
} finally {
  await embedded?.stop();
}
process.exit(failed ? 1 : 0);

function run(bin: string, args: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(`node_modules/.bin/${bin}`, args, { stdio: 'inherit', env: childEnv });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
