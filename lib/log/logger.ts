import pino from 'pino';

const isProduction = process.env.NODE_ENV === 'production';
const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info');

/**
 * The root logger: JSON lines in production, pretty lines in development.
 * Use `createLogger('scope')` for a child that names where the line came from.
 */
export const logger = pino({
  level,
  base: undefined,
  ...(isProduction || process.env.LOG_FORMAT === 'json'
    ? {}
    : { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname', singleLine: true } } }),
});

export function createLogger(scope: string): pino.Logger {
  return logger.child({ scope });
}
