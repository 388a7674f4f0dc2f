import pg from 'pg';

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

let patched = false;

/**
 * Works around prisma/orm#27403: the WASM schema engine cannot deserialize result
 * columns of Postgres type `name` or `"char"` (catalog queries return them), and
 * fails with "Column type 'name' could not be deserialized". Reporting them as
 * `text` is exact, since both arrive as plain strings. Used by the CLI config
 * only; the app's own queries never select catalog columns.
 */
export function reportNameColumnsAsText(): void {
  if (patched) return;
  patched = true;

  // The adapter queries through a Pool, and through pooled Clients in transactions.
  patchQuery(pg.Pool.prototype as unknown as Queryable);
  patchQuery(pg.Client.prototype as unknown as Queryable);
}

interface Queryable {
  query: (...args: unknown[]) => unknown;
}

function patchQuery(target: Queryable): void {
  const original = target.query;
  target.query = function queryWithTextNames(this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (!(result instanceof Promise)) return result;

    return result.then((value: unknown) => {
      const fields = (value as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
      for (const field of fields ?? []) {
        if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) {
          field.dataTypeID = TEXT_OID;
        }
      }

      return value;
    });
  };
}
