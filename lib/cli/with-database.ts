import { prepareDatabase } from '../db/prepare-database';
import { disconnectPrisma, getPrisma, type PrismaClient } from '../db/prisma';
import { disposeAllClassifiers } from '../model/model-registry';

/**
 * Runs a CLI command against the database: the configured one, or the embedded
 * one (joined if the web app is running it, else started and stopped here).
 */
export async function withDatabase<T>(run: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const { embedded } = await prepareDatabase();
  try {
    return await run(getPrisma());
  } finally {
    await disposeAllClassifiers();
    await disconnectPrisma();
    await embedded?.stop();
  }
}
