import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

const globalForPrisma = globalThis as unknown as { verdictPrisma?: PrismaClient };

/**
 * One Prisma client per process (kept on globalThis so Next's dev reloads do not
 * open a new pool each time). `DATABASE_URL` is read when first used, after
 * `prepareDatabase()` has set it.
 */
export function getPrisma(): PrismaClient {
  if (globalForPrisma.verdictPrisma) return globalForPrisma.verdictPrisma;

  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set: call prepareDatabase() before using the database.');
  }
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
  globalForPrisma.verdictPrisma = client;

  return client;
}

export async function disconnectPrisma(): Promise<void> {
  await globalForPrisma.verdictPrisma?.$disconnect();
  globalForPrisma.verdictPrisma = undefined;
}

export type { PrismaClient } from './generated/client';
