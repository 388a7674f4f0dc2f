import { NextResponse } from 'next/server';
import { ZodError, type z } from 'zod';
import { AppError } from '../errors/app-error';
import { createLogger } from '../log/logger';

const log = createLogger('api');

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler so every failure leaves as `{ error: { code, message } }`
 * with the status its code maps to: AppError by its code, zod errors as 422.
 */
export function routeHandler<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

export function errorResponse(error: unknown, request?: Request): Response {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, details: error.details } },
      { status: error.status },
    );
  }
  if (error instanceof ZodError) {
    return NextResponse.json(
      {
        error: {
          code: 'VALIDATION_FAILED',
          message: describeZodError(error),
          details: error.issues,
        },
      },
      { status: 422 },
    );
  }

  log.error({ err: error, url: request?.url }, 'unhandled error in route');
  return NextResponse.json(
    { error: { code: 'INTERNAL', message: 'Internal error; the server log has the details.' } },
    { status: 500 },
  );
}

/** "labels.0: label names cannot be empty; name: Required" */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** Reads and validates a JSON body; a body that is not JSON is a 400 that says so. */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError(
      'BAD_REQUEST',
      'The request body must be JSON (Content-Type: application/json).',
    );
  }

  return schema.parse(body);
}
