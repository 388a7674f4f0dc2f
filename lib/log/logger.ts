import pino from 'pino';

const isProduction = process.env.NODE_ENV === 'production';
const defaultLevel =
  process.env.NODE_ENV === 'test' || process.env.VERDICT_CLI === '1' ? 'warn' : 'info';
const pretty =
  process.env.LOG_FORMAT === 'pretty' || (!isProduction && process.env.LOG_FORMAT !== 'json');

/**
 * The root logger, writing to stderr so that CLI output on stdout stays clean:
 * JSON lines in production (or LOG_FORMAT=json), pretty lines in development (or
 * LOG_FORMAT=pretty, which `npm start` sets for its server unless told otherwise).
 * Use `createLogger('scope')` for a child that names where the line came from.
 */
export const logger = pretty
  ? pino({
      level: process.env.LOG_LEVEL ?? defaultLevel,
      base: undefined,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, ignore: 'pid,hostname', singleLine: true, destination: 2 },
      },
    })
  : pino({ level: process.env.LOG_LEVEL ?? defaultLevel, base: undefined }, pino.destination(2));

export function createLogger(scope: string): pino.Logger {
  return logger.child({ scope });
}
