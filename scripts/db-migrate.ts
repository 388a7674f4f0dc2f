// `npm run db:migrate`: applies committed migrations to DATABASE_URL (or the embedded database).
import { withDatabase } from '../lib/cli/with-database';

await withDatabase(async () => {
  process.stdout.write('database is migrated\n');
});
