import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';
import { reportNameColumnsAsText } from './lib/db/pg-name-type-patch';

// The CLI runs its bundled WASM schema engine through the pg driver adapter, so
// migrations need no downloaded native binary (Prisma 6.19, see docs/development.md).
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations'), seed: 'tsx prisma/seed.ts' },
  engine: 'js',
  experimental: { adapter: true },
  async adapter() {
    reportNameColumnsAsText();
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error('DATABASE_URL is not set; run migrations through `npm run db:migrate`.');
    }

    return new PrismaPg({ connectionString });
  },
});
