import type { PrismaClient } from '../../db/prisma';
import { findProject } from '../../projects/find-project';
import { summariseProject } from '../../projects/summarise-project';

/** `verdict projects`: one line per project. */
export async function projectsCommand(prisma: PrismaClient) {
  const projects = await prisma.project.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  if (projects.length === 0)
    process.stdout.write('no projects yet: `verdict create-project` or `verdict import`\n');

  for (const { id } of projects) {
    const summary = await summariseProject(prisma, await findProject(prisma, id));
    const kind = summary.multiLabel ? 'multi-label' : 'single-label';
    process.stdout.write(
      `${summary.name}  ${kind}  ${summary.labels.length} labels  ` +
        `${summary.counts.annotated}/${summary.counts.examples} annotated  ` +
        `model v${summary.currentModel?.version ?? '-'}\n`,
    );
  }
}
