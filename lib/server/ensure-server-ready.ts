import { prepareDatabase } from '../db/prepare-database';
import { getPrisma, type PrismaClient } from '../db/prisma';

const globalReady = globalThis as unknown as { verdictReady?: Promise<void> };

/**
 * Resolves once the database is reachable and migrated in this process. The
 * start script has usually done it already (DATABASE_URL set); a bare
 * `next dev` gets the same embedded database through this path.
 */
export async function getReadyPrisma(): Promise<PrismaClient> {
  if (!globalReady.verdictReady) {
    globalReady.verdictReady = prepareDatabase().then(() => undefined);
    globalReady.verdictReady.catch(() => {
      globalReady.verdictReady = undefined;
    });
  }
  await globalReady.verdictReady;

  return getPrisma();
}
