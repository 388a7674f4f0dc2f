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

  return prisma.annotator.upsert({
    where: { name: parsed.data },
    create: { name: parsed.data },
    update: {},
    select: { id: true, name: true },
  });
}

/** Reads the annotator name the browser sent in its cookie, if any. */
export function annotatorNameFromRequest(request: Request): string | null {
  const cookies = request.headers.get('cookie') ?? '';
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === ANNOTATOR_COOKIE) return decodeURIComponent(rest.join('='));
  }

  return request.headers.get('x-verdict-annotator');
}
