import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainEmptyQueue, pickNextExample } from '../../lib/annotate/pick-next-example';
import { submitDecisions } from '../../lib/annotate/submit-decisions';
import { resolveAnnotator } from '../../lib/annotators/resolve-annotator';
import { disconnectPrisma, getPrisma } from '../../lib/db/prisma';
import { createProject } from '../../lib/projects/create-project';
import { findProject } from '../../lib/projects/find-project';
import { uniqueName } from '../helpers/unique-name';

const prisma = getPrisma();
const name = uniqueName('leases');
const TEXTS = Array.from({ length: 12 }, (_, i) => `example number ${i + 1}`);

describe('leases: concurrent annotators never get the same item', () => {
  let projectId = '';
  const annotators: string[] = [];

  beforeAll(async () => {
    const project = await createProject(prisma, { name, labels: ['a', 'b'] });
    projectId = project.id;
    await prisma.example.createMany({
      data: TEXTS.map((text, i) => ({
        projectId,
        text,
        contentHash: `h-${name}-${i}`,
        seq: i + 1,
      })),
    });
    for (let i = 0; i < 8; i++)
      annotators.push((await resolveAnnotator(prisma, `lease-${name}-${i}`, 'x')).id);
  });

  afterAll(async () => {
    await prisma.project.deleteMany({ where: { name } });
    await prisma.annotator.deleteMany({ where: { name: { startsWith: `lease-${name}` } } });
    await disconnectPrisma();
  });

  it('serves 8 simultaneous first requests 8 different examples', async () => {
    const picks = await Promise.all(
      annotators.map((annotatorId) =>
        pickNextExample(prisma, { projectId, annotatorId, exclude: [] }),
      ),
    );
    const ids = picks.map((pick) => pick?.id);

    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(8);
  });

  it('gives an annotator back the example they already hold, and others something else', async () => {
    const mine = await pickNextExample(prisma, {
      projectId,
      annotatorId: annotators[0]!,
      exclude: [],
    });
    const again = await pickNextExample(prisma, {
      projectId,
      annotatorId: annotators[0]!,
      exclude: [],
    });
    expect(again?.id).toBe(mine?.id);

    const held = await prisma.exampleLease.findMany({ where: { example: { projectId } } });
    expect(held).toHaveLength(8);
  });

  it('hands a skipped example to the next annotator who asks', async () => {
    const project = await findProject(prisma, projectId);
    const first = await pickNextExample(prisma, {
      projectId,
      annotatorId: annotators[0]!,
      exclude: [],
    });
    await submitDecisions(prisma, project, annotators[0]!, {
      clientId: randomUUID(),
      exampleId: first!.id,
      kind: 'skipped',
      modelVersionId: null,
      durationMs: 1,
      decisions: [],
    });
    const newcomer = (await resolveAnnotator(prisma, `lease-${name}-late`, 'x')).id;
    const next = await pickNextExample(prisma, { projectId, annotatorId: newcomer, exclude: [] });

    expect(next?.id).toBe(first!.id);
  });

  it('ignores expired leases and explains an empty queue by what others hold', async () => {
    const late = (await resolveAnnotator(prisma, `lease-${name}-later`, 'x')).id;
    const taken: string[] = [];
    for (;;) {
      const pick = await pickNextExample(prisma, { projectId, annotatorId: late, exclude: taken });
      if (!pick) break;
      taken.push(pick.id);
    }
    // 7 of the first 8 annotators still hold theirs; the skipped one went to the newcomer.
    expect(taken).toHaveLength(TEXTS.length - 8);
    const reason = await explainEmptyQueue(prisma, {
      projectId,
      annotatorId: late,
      exclude: taken,
    });
    expect(reason).toMatch(/on other annotators' screens/);

    await prisma.exampleLease.updateMany({
      where: { annotatorId: annotators[1]! },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const freed = await pickNextExample(prisma, { projectId, annotatorId: late, exclude: taken });
    expect(freed).not.toBeNull();
  });
});
