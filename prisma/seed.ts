// `npm run db:seed`: creates the demo project (SNIPS intents, CC0) if it is missing.
import { withDatabase } from '../lib/cli/with-database';
import { DEMO_PROJECT, seedDemoProject } from '../lib/projects/seed-demo-project';

await withDatabase(async (prisma) => {
  const { created } = await seedDemoProject(prisma);
  process.stdout.write(
    created ? `seeded "${DEMO_PROJECT}"\n` : `"${DEMO_PROJECT}" already exists\n`,
  );
});
