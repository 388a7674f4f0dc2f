// Generates the Prisma client after install. `prisma generate` reads the schema's
// datasource URL although it never connects, so a placeholder stands in when
// DATABASE_URL is unset (the embedded database's URL is only known at start).
import { execFileSync } from 'node:child_process';

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || 'postgresql://placeholder@127.0.0.1:5432/placeholder',
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
execFileSync('prisma', ['generate'], { stdio: 'inherit', env });
