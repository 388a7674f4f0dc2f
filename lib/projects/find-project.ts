import type { PrismaClient } from '../db/prisma';
import { AppError } from '../errors/app-error';

/** Finds a project by id or by name, with its labels in display order. */
export async function findProject(prisma: PrismaClient, idOrName: string) {
  const include = { labels: { orderBy: { position: 'asc' } }, currentModelVersion: true } as const;
  // An id wins over a name; names are stored trimmed, so a lookup is trimmed too.
  const project =
    (await prisma.project.findUnique({ where: { id: idOrName }, include })) ??
    (await prisma.project.findUnique({ where: { name: idOrName.trim() }, include }));
  if (!project) {
    const names = await prisma.project.findMany({
      select: { name: true },
      take: 20,
      orderBy: { createdAt: 'asc' },
    });
    const known = names.map((p) => `"${p.name}"`).join(', ') || 'none yet';
    throw new AppError('NOT_FOUND', `No project "${idOrName}". Projects: ${known}.`);
  }

  return project;
}

export type ProjectWithLabels = Awaited<ReturnType<typeof findProject>>;
