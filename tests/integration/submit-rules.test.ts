import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnnotateItem } from '../../lib/annotate/build-annotate-item';
import { submitDecisions } from '../../lib/annotate/submit-decisions';
import { resolveAnnotator } from '../../lib/annotators/resolve-annotator';
import type { AnnotateItemDto } from '../../lib/api/schemas/annotate';
import { disconnectPrisma, getPrisma } from '../../lib/db/prisma';
import { disposeAllClassifiers } from '../../lib/model/model-registry';
import { createProject } from '../../lib/projects/create-project';
import { findProject, type ProjectWithLabels } from '../../lib/projects/find-project';
import { importExamples } from '../../lib/projects/import-examples';
import { uniqueName } from '../helpers/unique-name';

const prisma = getPrisma();
const name = uniqueName('rules');

// What a submit may claim is checked against what the server showed: the trainer
// learns from these rows, so a wrong origin or a silently dropped retry corrupts it.
describe('submit rules', () => {
  let project: ProjectWithLabels;
  let annotatorId = '';
  let item: AnnotateItemDto;

  const submit = (overrides: Record<string, unknown> = {}) =>
    submitDecisions(prisma, project, annotatorId, {
      clientId: randomUUID(),
      exampleId: item.example.id,
      kind: 'annotated',
      modelVersionId: item.modelVersion.id,
      durationMs: 10,
      decisions: [{ labelId: item.scores[0]!.labelId, decision: 'accept', origin: 'suggested' }],
      ...overrides,
    });

  beforeAll(async () => {
    await createProject(prisma, { name, labels: ['PlayMusic', 'GetWeather', 'BookRestaurant'] });
    await importExamples(prisma, name, {
      fileName: 'one.jsonl',
      content: '{"text": "play some jazz by miles davis"}\n',
    });
    project = await findProject(prisma, name);
    annotatorId = (await resolveAnnotator(prisma, `${name}-a`, 'x')).id;
    const example = await prisma.example.findFirstOrThrow({ where: { projectId: project.id } });
    item = await buildAnnotateItem(prisma, project, example);
  });

  afterAll(async () => {
    await prisma.project.deleteMany({ where: { name } });
    await disposeAllClassifiers();
    await disconnectPrisma();
  });

  it('refuses origin "suggested" for a label the model did not suggest, and the reverse', async () => {
    const notSuggested = item.scores[1]!;

    await expect(
      submit({
        decisions: [{ labelId: notSuggested.labelId, decision: 'accept', origin: 'suggested' }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: /was not suggested/ });
    await expect(
      submit({
        decisions: [
          { labelId: item.scores[0]!.labelId, decision: 'reject', origin: 'not_suggested' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: /was suggested/ });
    expect(await prisma.submission.count({ where: { annotatorId } })).toBe(0);
  });

  it('refuses a reused clientId whose decisions differ, instead of dropping them', async () => {
    const clientId = randomUUID();
    await submit({ clientId });

    await expect(
      submit({
        clientId,
        decisions: [{ labelId: item.scores[0]!.labelId, decision: 'reject', origin: 'suggested' }],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: /already used for a different submit/ });
    expect(await submit({ clientId })).toMatchObject({ duplicate: true });
  });

  it('refuses a second annotation of the same example by the same annotator (another tab)', async () => {
    await expect(submit()).rejects.toMatchObject({
      code: 'CONFLICT',
      message: /already submitted/,
    });
    expect(await prisma.submission.count({ where: { annotatorId } })).toBe(1);
  });

  it('stores one of six simultaneous submits of one example by one annotator', async () => {
    const racer = (await resolveAnnotator(prisma, `${name}-racer`, 'x')).id;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        submitDecisions(prisma, project, racer, {
          clientId: randomUUID(),
          exampleId: item.example.id,
          kind: 'annotated',
          modelVersionId: item.modelVersion.id,
          durationMs: 10,
          decisions: [
            { labelId: item.scores[0]!.labelId, decision: 'accept', origin: 'suggested' },
          ],
        }),
      ),
    );

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    }
    expect(await prisma.submission.count({ where: { annotatorId: racer } })).toBe(1);
  });
});
