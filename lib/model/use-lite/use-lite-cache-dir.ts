import { resolveUseLiteCacheDir } from './resolve-use-lite-cache-dir';

/**
 * @deprecated Use `resolveUseLiteCacheDir`: Biome's React rules read any `use…` function
 * as a hook and refuse calls to it outside components. Kept so existing imports build.
 */
export const useLiteCacheDir = resolveUseLiteCacheDir;
