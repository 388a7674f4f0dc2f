import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnnotateItem } from '../../lib/annotate/build-annotate-item';
import { explainEmptyQueue, pickNextExample } from '../../lib/annotate/pick-next-example';
import { submitDecisions } from '../../lib/annotate/submit-decisions';
import { undoLastSubmission } from '../../lib/annotate/undo-last-submission';
import { resolveAnnotator } from '../../lib/annotators/resolve-annotator';
import { disconnectPrisma, getPrisma } from '../../lib/db/prisma';
import { evaluateFile } from '../../lib/eval/evaluate-file';
import { exportProject } from '../../lib/export/export-project';
import { claimJob } from '../../lib/jobs/claim-job';
import { runJob } from '../../lib/jobs/run-job';
import { disposeAllClassifiers } from '../../lib/model/model-registry';
import { createProject } from '../../lib/projects/create-project';
import { findProject } from '../../lib/projects/find-project';
import { importExamples } from '../../lib/projects/import-examples';
import { uniqueName } from '../helpers/unique-name';

const prisma = getPrisma();
const name = uniqueName('loop');

const file = [
  '{"text": "play some jazz by miles davis", "labels": ["PlayMusic"]}',
  '{"text": "will it rain in paris tomorrow", "labels": ["GetWeather"]}',
  '',
  '{"text": "   "}',
  '{"text": "book a table for two at an italian restaurant", "labels": ["BookRestaurant"]}',
  '{"text": "play some jazz by miles davis"}',
  '{not json',
  '{"text": "rate this book five stars", "labels": ["Unknown"]}',
  '{"text": "مرحبا، هل ستمطر غدا؟ 🌧️", "labels": ["GetWeather"]}',
].join('\n');

async function allChunks(generator: AsyncGenerator<string>) {
  let out = '';
  for await (const chunk of generator) out += chunk;
  return out;
}

// Shared by both describe blocks: closed once, after the last of them.
afterAll(async () => {
  await disposeAllClassifiers();
  await disconnectPrisma();
});

describe('the annotation loop against a real Postgres and the embedded model', () => {
  let projectId = '';
  let aliceId = '';
  let bobId = '';

  beforeAll(async () => {
    const project = await createProject(prisma, {
      name,
      labels: ['PlayMusic', 'GetWeather', 'BookRestaurant'],
      multiLabel: false,
    });
    projectId = project.id;
    aliceId = (await resolveAnnotator(prisma, 'alice', 'x')).id;
    bobId = (await resolveAnnotator(prisma, 'bob', 'x')).id;
  });

  afterAll(async () => {
    await prisma.project.deleteMany({ where: { name } });
  });

  it('imports the valid rows, numbers the bad ones and skips duplicates', async () => {
    const report = await importExamples(prisma, name, { fileName: 'mixed.jsonl', content: file });

    expect(report.accepted).toBe(4);
    expect(report.duplicates).toBe(1);
    expect(report.rejected).toBe(3);
    expect(report.errors.map((error) => error.line)).toEqual([4, 7, 8]);
    expect(report.errors[2]!.message).toContain('unknown label "Unknown"');
    expect(await prisma.example.count({ where: { projectId } })).toBe(4);

    const again = await importExamples(prisma, name, { fileName: 'mixed.jsonl', content: file });
    expect(again.accepted).toBe(0);
    expect(again.duplicates).toBe(5);
    expect(again.batchId).toBeNull();
  });

  it('scores every example in the background job, with progress in the job row', async () => {
    const job = await prisma.job.findFirstOrThrow({ where: { projectId } });
    const claimed = await claimJob(prisma, job.id);
    expect(claimed?.status).toBe('RUNNING');
    expect(await claimJob(prisma, job.id)).toBeNull();

    const seen: number[] = [];
    const done = await runJob(prisma, claimed!, ({ scored }) => seen.push(scored));

    expect(done.status).toBe('DONE');
    expect(done.processed).toBe(4);
    expect(done.total).toBe(4);
    expect(seen.at(-1)).toBe(4);
  });

  it('shows scores highest first with the top label suggested, and stores the shown probability', async () => {
    const project = await findProject(prisma, projectId);
    const example = await pickNextExample(prisma, { projectId, annotatorId: aliceId, exclude: [] });
    expect(example?.text).toBe('play some jazz by miles davis');

    const item = await buildAnnotateItem(prisma, project, example!);
    const probabilities = item.scores.map((score) => score.probability);
    expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 5);
    expect(item.scores.filter((score) => score.suggested)).toHaveLength(1);
    expect(item.scores[0]!.label).toBe('PlayMusic');

    const clientId = randomUUID();
    const submit = {
      clientId,
      exampleId: example!.id,
      kind: 'annotated' as const,
      modelVersionId: item.modelVersion.id,
      durationMs: 1234,
      decisions: [
        {
          labelId: item.scores[0]!.labelId,
          decision: 'accept' as const,
          origin: 'suggested' as const,
        },
      ],
    };
    const first = await submitDecisions(prisma, project, aliceId, submit);
    const retry = await submitDecisions(prisma, project, aliceId, submit);

    expect(first.duplicate).toBe(false);
    expect(retry).toEqual({ submissionId: first.submissionId, duplicate: true });
    const feedback = await prisma.feedback.findMany({
      where: { submissionId: first.submissionId },
    });
    expect(feedback).toHaveLength(1);
    expect(feedback[0]!.probabilityShown).toBeCloseTo(item.scores[0]!.probability, 5);
    expect(feedback[0]!.modelVersionId).toBe(item.modelVersion.id);
    expect(feedback[0]!.durationMs).toBe(1234);
  });

  it('refuses a second accepted label in a single-label project, writing nothing', async () => {
    const project = await findProject(prisma, projectId);
    const example = await pickNextExample(prisma, { projectId, annotatorId: aliceId, exclude: [] });
    const before = await prisma.submission.count();

    await expect(
      submitDecisions(prisma, project, aliceId, {
        clientId: randomUUID(),
        exampleId: example!.id,
        kind: 'annotated',
        modelVersionId: null,
        durationMs: 10,
        decisions: project.labels.slice(0, 2).map((label) => ({
          labelId: label.id,
          decision: 'accept' as const,
          origin: 'suggested' as const,
        })),
      }),
    ).rejects.toThrow(/single-label/);
    expect(await prisma.submission.count()).toBe(before);
  });

  it('undoes the last submit, even after it was stored, and serves that example again', async () => {
    const undone = await undoLastSubmission(prisma, projectId, aliceId);
    expect(undone?.example.text).toBe('play some jazz by miles davis');

    const next = await pickNextExample(prisma, { projectId, annotatorId: aliceId, exclude: [] });
    expect(next?.id).toBe(undone!.example.id);
    expect(await undoLastSubmission(prisma, projectId, aliceId)).toBeNull();
  });

  it('hides an example from the annotator who skipped it, not from others, and says why it is empty', async () => {
    const project = await findProject(prisma, projectId);
    const examples = await prisma.example.findMany({
      where: { projectId },
      orderBy: { seq: 'asc' },
    });
    for (const example of examples) {
      await submitDecisions(prisma, project, aliceId, {
        clientId: randomUUID(),
        exampleId: example.id,
        kind: 'skipped',
        modelVersionId: project.currentModelVersionId,
        durationMs: 5,
        decisions: [],
      });
    }
    const options = { projectId, annotatorId: aliceId, exclude: [] };

    expect(await pickNextExample(prisma, options)).toBeNull();
    expect(await explainEmptyQueue(prisma, options)).toMatch(/you skipped/);
    expect(await pickNextExample(prisma, { ...options, annotatorId: bobId })).not.toBeNull();
  });

  it('exports every example with gold labels and all feedback, undone ones marked', async () => {
    const project = await findProject(prisma, projectId);
    const lines = (await allChunks(exportProject(prisma, project, 'jsonl'))).trim().split('\n');
    const rows = lines.map((line) => JSON.parse(line));

    expect(rows).toHaveLength(4);
    const jazz = rows.find((row) => row.text === 'play some jazz by miles davis');
    expect(jazz.labels).toEqual(['PlayMusic']);
    expect(jazz.annotations).toHaveLength(1);
    expect(jazz.annotations[0]).toMatchObject({
      annotator: 'alice',
      label: 'PlayMusic',
      decision: 'accept',
      model_version: 1,
    });
    expect(jazz.annotations[0].undone_at).not.toBeNull();
    expect(jazz.skips).toHaveLength(1);

    const csv = await allChunks(exportProject(prisma, project, 'csv'));
    expect(csv.split('\n')[0]).toContain('probability_shown');
    expect(csv).toContain('مرحبا، هل ستمطر غدا؟ 🌧️');
  });

  it('evaluates a labelled file with the current model', async () => {
    const project = await findProject(prisma, projectId);
    const content = [
      '{"text": "play the new album by adele", "labels": ["PlayMusic"]}',
      '{"text": "what is the weather forecast for london", "labels": ["GetWeather"]}',
      '{"text": "reserve a table at a sushi place tonight", "labels": ["BookRestaurant"]}',
    ].join('\n');
    const report = await evaluateFile(project, { fileName: 'eval.jsonl', content });

    expect(report.count).toBe(3);
    // Three unambiguous texts: the zero-shot model must get at least two right.
    expect(report.accuracy).toBeGreaterThanOrEqual(2 / 3);
    expect(report.per_label.map((label) => label.label)).toEqual([
      'PlayMusic',
      'GetWeather',
      'BookRestaurant',
    ]);
    expect(report.micro_f1).toBeCloseTo(report.accuracy, 10);
  });
});

describe('import and eval of rows with and without gold labels', () => {
  const goldName = uniqueName('gold');

  afterAll(async () => {
    await prisma.project.deleteMany({ where: { name: goldName } });
  });

  it('keeps "none apply" as gold in multi-label projects, refuses NUL texts, evals gold rows only', async () => {
    await createProject(prisma, { name: goldName, labels: ['spa', 'wifi'], multiLabel: true });
    const report = await importExamples(prisma, goldName, {
      fileName: 'gold.jsonl',
      content: [
        '{"text": "is there a spa", "labels": ["spa"]}',
        '{"text": "we arrive at seven", "labels": []}',
        '{"text": "no labels field here"}',
        '{"text": "bad \\u0000 text", "labels": []}',
      ].join('\n'),
    });
    expect(report.accepted).toBe(3);
    expect(report.errors.map((error) => error.line)).toEqual([4]);
    expect(report.errors[0]!.message).toContain('NUL');

    const rows = await prisma.example.findMany({
      where: { project: { name: goldName } },
      orderBy: { seq: 'asc' },
    });
    expect(rows.map((row) => row.hasGold)).toEqual([true, true, false]);

    const project = await findProject(prisma, goldName);
    const evaluated = await evaluateFile(project, {
      fileName: 'gold.jsonl',
      content: '{"text": "is there a spa", "labels": ["spa"]}\n{"text": "what is this"}\n',
    });
    expect(evaluated.count).toBe(1);
    expect(evaluated.refused.map((row) => row.line)).toEqual([2]);
    await expect(
      evaluateFile(project, { fileName: 'none.jsonl', content: '{"text": "what is this"}\n' }),
    ).rejects.toThrow(/None of the one row/);
  });
});
