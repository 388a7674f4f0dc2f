// Any /api path no route handles: a JSON 404 in the API's error shape, not an HTML page.
import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

function notFound(request: Request) {
  const { pathname } = new URL(request.url);

  return NextResponse.json(
    {
      error: {
        code: 'NOT_FOUND',
        message: `No API route ${request.method} ${pathname}; see docs/api.md.`,
      },
    },
    { status: 404 },
  );
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
