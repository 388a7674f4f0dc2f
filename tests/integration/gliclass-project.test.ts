import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnnotateItem } from '../../lib/annotate/build-annotate-item';
import { pickNextExample } from '../../lib/annotate/pick-next-example';
import { resolveAnnotator } from '../../lib/annotators/resolve-annotator';
import { disconnectPrisma, getPrisma } from '../../lib/db/prisma';
import { AppError } from '../../lib/errors/app-error';
import { claimJob } from '../../lib/jobs/claim-job';
import { runJob } from '../../lib/jobs/run-job';
import { disposeAllClassifiers } from '../../lib/model/model-registry';
import { predictTexts } from '../../lib/predict/predict-texts';
import { createProject } from '../../lib/projects/create-project';
import { findProject } from '../../lib/projects/find-project';
import { importExamples } from '../../lib/projects/import-examples';
import { makeTinyGliclass, type TinyGliclass } from '../fixtures/make-tiny-gliclass';
import { uniqueName } from '../helpers/unique-name';

const prisma = getPrisma();
const name = uniqueName('gliclass');

// A project whose model is a local GLiClass export (a tiny generated one: no real
// export can be downloaded here) goes through the same registry, jobs and screen.
describe('a project on a local GLiClass ONNX export', () => {
  let folder = '';
  let tiny: TinyGliclass;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'verdict-gliclass-'));
    tiny = await makeTinyGliclass(folder, { labelColumns: 4 });
  });

  afterAll(async () => {
    await prisma.project.deleteMany({ where: { name } });
    await disposeAllClassifiers();
    await disconnectPrisma();
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses a folder that is not an export, with a 422 that names the problem', async () => {
    const attempt = createProject(prisma, { name, labels: ['sports'], modelPath: os.tmpdir() });

    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await prisma.project.count({ where: { name } })).toBe(0);
  });

  it('scores imports in the background job and shows the export model on the annotate screen', async () => {
    await createProject(prisma, {
      name,
      labels: ['sports', 'politics', 'weather', 'music', 'finance', 'food', 'travel'],
      multiLabel: true,
      modelPath: tiny.folder,
    });
    const report = await importExamples(prisma, name, {
      fileName: 'tiny.jsonl',
      content: '{"text": "the team won the game"}\n{"text": "rain and the stock price"}\n',
    });
    const job = await claimJob(prisma, report.jobId!);
    const done = await runJob(prisma, job!);
    expect(done.status).toBe('DONE');
    expect(done.processed).toBe(2);

    const project = await findProject(prisma, name);
    expect(project.currentModelVersion?.kind).toBe('gliclass-onnx');
    const annotator = await resolveAnnotator(prisma, 'gliclass tester', 'x');
    const example = await pickNextExample(prisma, {
      projectId: project.id,
      annotatorId: annotator.id,
      exclude: [],
    });
    const item = await buildAnnotateItem(prisma, project, example!);

    // Seven labels through a four-column export: chunked, padding sliced, all seven back.
    expect(item.scores).toHaveLength(7);
    for (const score of item.scores) expect(score.probability).toBeGreaterThan(0);

    const [direct] = await predictTexts(project, ['the team won the game']);
    expect(direct!.map((score) => score.probability)).toEqual(
      item.scores.map((score) => score.probability).map((p) => expect.closeTo(p, 5)),
    );
  });
});
