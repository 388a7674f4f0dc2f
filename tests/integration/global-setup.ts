import { prepareDatabase } from '../../lib/db/prepare-database';
import { applyTestDatabaseEnv } from '../helpers/test-database-env';

// Vitest global setup: a migrated database for every test file, with its URL in
// DATABASE_URL (inherited by the test workers).
export default async function setup() {
  applyTestDatabaseEnv();
  const { embedded } = await prepareDatabase();

  return async () => {
    await embedded?.stop();
  };
}
