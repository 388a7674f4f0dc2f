import { z } from 'zod';
import type { PrismaClient } from '../db/prisma';
import { AppError } from '../errors/app-error';

export const ANNOTATOR_COOKIE = 'verdict_annotator';

export const annotatorNameSchema = z
  .string()
  .trim()
  .min(1, 'the annotator name cannot be empty')
  .max(100, 'the annotator name is at most 100 characters');

/**
 * The one place that decides who is annotating. Today it is a name from a
 * cookie (browser) or a flag (CLI); the sign-in of a later issue replaces this
 * function and nothing else.
 */
export async function resolveAnnotator(
  prisma: PrismaClient,
  name: string | undefined | null,
  fallbackName: string,
): Promise<{ id: string; name: string }> {
  const parsed = annotatorNameSchema.safeParse(name ?? fallbackName);
  if (!parsed.success) {
    throw new AppError('BAD_REQUEST', `Invalid annotator name: ${parsed.error.issues[0]?.message}`);
  }

  // Every request names its annotator; remember the row instead of upserting each time.
  const known = knownAnnotators.get(parsed.data);
  if (known) return known;

  const annotator = await prisma.annotator.upsert({
    where: { name: parsed.data },
    create: { name: parsed.data },
    update: {},
    select: { id: true, name: true },
  });
  if (knownAnnotators.size > 10_000) knownAnnotators.clear();
  knownAnnotators.set(annotator.name, annotator);

  return annotator;
}

// Annotator rows are never renamed or deleted by the app, so a cached id stays valid.
const knownAnnotators = new Map<string, { id: string; name: string }>();

/** Reads the annotator name the browser sent in its cookie, if any. */
export function annotatorNameFromRequest(request: Request): string | null {
  const cookies = request.headers.get('cookie') ?? '';
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === ANNOTATOR_COOKIE) return decodeCookie(rest.join('='));
  }

  const header = request.headers.get('x-verdict-annotator');

  return header === null ? null : decodeCookie(header);
}

function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw new AppError(
      'BAD_REQUEST',
      `The ${ANNOTATOR_COOKIE} cookie is not URI-encoded text; set your name again ` +
        '(POST /api/me, or the name in the page header).',
    );
  }
}
