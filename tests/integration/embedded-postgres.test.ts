import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../lib/db/start-embedded-postgres';

const PORT = 54391;

// The embedded default database: a second process joins the server of its own data
// folder, and never the server of another folder that happens to use the same port.
describe('the embedded Postgres', () => {
  let root = '';
  let first: EmbeddedDatabase;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'verdict-pg-'));
    // mkdtemp makes a private folder; as root the server runs as `postgres` and must enter it.
    await chmod(root, 0o755);
    first = await startEmbeddedPostgres(path.join(root, 'a'), PORT);
  });

  afterAll(async () => {
    await first?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('starts a real server that keeps its data folder', async () => {
    expect(first.owned).toBe(true);
    expect(first.url).toContain(`:${PORT}/`);
  });

  it('is joined, not started twice, by another caller on the same folder', async () => {
    const second = await startEmbeddedPostgres(path.join(root, 'a'), PORT + 1);

    expect(second.owned).toBe(false);
    expect(second.url).toBe(first.url);
  });

  it.skipIf(process.getuid?.() !== 0)(
    'says how to fix a folder the postgres user cannot reach',
    async () => {
      await chmod(root, 0o700);
      try {
        await expect(startEmbeddedPostgres(path.join(root, 'c', 'pg'), PORT + 2)).rejects.toThrow(
          /cannot enter .*chmod o\+x/,
        );
      } finally {
        await chmod(root, 0o755);
      }
    },
  );

  it('is stopped by whichever user stops last, not by the one that started it', async () => {
    const dir = path.join(root, 'd');
    const starter = await startEmbeddedPostgres(dir, PORT + 3);
    const joiner = await startEmbeddedPostgres(dir, PORT + 3);
    const inUse = new pg.Client({ connectionString: joiner.url });
    await inUse.connect();

    await starter.stop();
    expect((await inUse.query('SELECT 1 AS one')).rows[0].one).toBe(1);

    await inUse.end();
    await joiner.stop();
    const after = new pg.Client({ connectionString: joiner.url, connectionTimeoutMillis: 1000 });
    await expect(after.connect()).rejects.toThrow();
  });

  it("refuses to use another folder's server on the same port, and says what to do", async () => {
    await expect(startEmbeddedPostgres(path.join(root, 'b'), PORT)).rejects.toThrow(
      /Port 54391 is taken by another Postgres.*VERDICT_EMBEDDED_PG_PORT/,
    );
  });
});
