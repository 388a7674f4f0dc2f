import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import * as catchAllRoute from '../../app/api/[...path]/route';
import * as meRoute from '../../app/api/me/route';
import * as nextRoute from '../../app/api/projects/[projectId]/annotate/next/route';
import * as submitRoute from '../../app/api/projects/[projectId]/annotate/submit/route';
import * as undoRoute from '../../app/api/projects/[projectId]/annotate/undo/route';
import * as importRoute from '../../app/api/projects/[projectId]/imports/route';
import * as predictRoute from '../../app/api/projects/[projectId]/predict/route';
import * as projectsRoute from '../../app/api/projects/route';
import { disconnectPrisma, getPrisma } from '../../lib/db/prisma';
import { disposeAllClassifiers } from '../../lib/model/model-registry';
import { uniqueName } from '../helpers/unique-name';

const base = 'http://localhost/api';
const name = uniqueName('api');
const cookie = { cookie: `verdict_annotator=${encodeURIComponent('api tester')}` };

function json(body: unknown, headers: Record<string, string> = {}) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}
const params = (projectId: string) => ({ params: Promise.resolve({ projectId }) });

afterAll(async () => {
  await getPrisma().project.deleteMany({ where: { name } });
  await disposeAllClassifiers();
  await disconnectPrisma();
});

describe('HTTP routes', () => {
  let projectId = '';

  it('creates a project and refuses bad bodies with a code and a message', async () => {
    const created = await projectsRoute.POST(
      new Request(
        `${base}/projects`,
        json({ name, labels: ['spam', { name: 'ham', description: 'normal mail' }] }),
      ),
      undefined,
    );
    expect(created.status).toBe(201);
    const project = await created.json();
    projectId = project.id;
    expect(project.labels.map((label: { name: string }) => label.name)).toEqual(['spam', 'ham']);
    expect(project.currentModel.version).toBe(1);

    const duplicate = await projectsRoute.POST(
      new Request(`${base}/projects`, json({ name })),
      undefined,
    );
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error.code).toBe('CONFLICT');

    const notJson = await projectsRoute.POST(
      new Request(`${base}/projects`, { method: 'POST', body: '{oops' }),
      undefined,
    );
    expect(notJson.status).toBe(400);

    const invalid = await projectsRoute.POST(
      new Request(`${base}/projects`, json({ name: '', labels: [''] })),
      undefined,
    );
    expect(invalid.status).toBe(422);
    const error = (await invalid.json()).error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toContain('name');
  });

  it('imports a CSV with quoted commas and newlines through multipart upload', async () => {
    const csv = 'text,labels\n"Win a prize, call now!",spam\n"see you at 5\nlove, mum",ham\n,ham\n';
    const form = new FormData();
    form.append('file', new File([csv], 'mail.csv', { type: 'text/csv' }));

    const response = await importRoute.POST(
      new Request(`${base}/projects/${projectId}/imports`, { method: 'POST', body: form }),
      params(projectId),
    );
    const report = await response.json();

    expect(response.status).toBe(201);
    expect(report.accepted).toBe(2);
    expect(report.rejected).toBe(1);
    expect(report.errors[0].line).toBe(5);
    const texts = await getPrisma().example.findMany({
      where: { projectId },
      orderBy: { seq: 'asc' },
    });
    expect(texts.map((example) => example.text)).toEqual([
      'Win a prize, call now!',
      'see you at 5\nlove, mum',
    ]);
  });

  it('serves the next item, takes a submit, is idempotent on retry, and undoes it', async () => {
    const next = await nextRoute.GET(
      new Request(`${base}/projects/${projectId}/annotate/next`, { headers: cookie }),
      params(projectId),
    );
    const { item, progress } = await next.json();
    expect(progress).toEqual({ done: 0, total: 2 });
    expect(item.scores).toHaveLength(2);

    const body = {
      clientId: randomUUID(),
      exampleId: item.example.id,
      kind: 'annotated',
      modelVersionId: item.modelVersion.id,
      durationMs: 800,
      decisions: [{ labelId: item.scores[0].labelId, decision: 'reject', origin: 'suggested' }],
    };
    const url = `${base}/projects/${projectId}/annotate/submit`;
    const first = await submitRoute.POST(new Request(url, json(body, cookie)), params(projectId));
    const retry = await submitRoute.POST(new Request(url, json(body, cookie)), params(projectId));
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect((await retry.json()).duplicate).toBe(true);

    const badLabel = await submitRoute.POST(
      new Request(
        url,
        json(
          {
            ...body,
            clientId: randomUUID(),
            decisions: [{ ...body.decisions[0], labelId: 'nope' }],
          },
          cookie,
        ),
      ),
      params(projectId),
    );
    expect(badLabel.status).toBe(422);
    expect((await badLabel.json()).error.message).toContain('"nope"');

    const undo = await undoRoute.POST(
      new Request(`${base}/projects/${projectId}/annotate/undo`, {
        method: 'POST',
        headers: cookie,
      }),
      params(projectId),
    );
    const undone = await undo.json();
    expect(undone.undone.item.example.id).toBe(item.example.id);
    expect(undone.progress.done).toBe(0);
  });

  it('answers 400 for a malformed annotator cookie, 422 for an empty text to predict', async () => {
    const badCookie = await nextRoute.GET(
      new Request(`${base}/projects/${projectId}/annotate/next`, {
        headers: { cookie: 'verdict_annotator=%E0%A4%A' },
      }),
      params(projectId),
    );
    expect(badCookie.status).toBe(400);
    expect((await badCookie.json()).error.message).toContain('verdict_annotator cookie');

    const empty = await predictRoute.POST(
      new Request(`${base}/projects/${projectId}/predict`, json({ texts: ['  '] })),
      params(projectId),
    );
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.message).toContain('texts cannot be empty');
  });

  it('answers JSON 404 for an API path no route handles', async () => {
    const response = await catchAllRoute.GET(new Request(`${base}/nope`));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('NOT_FOUND');
  });

  it('answers 404 with the known projects for an unknown one', async () => {
    const response = await nextRoute.GET(
      new Request(`${base}/projects/missing/annotate/next`),
      params('no-such-project'),
    );
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toContain('No project "no-such-project"');
  });
});

describe('annotator names', () => {
  it('round-trips a name with spaces and accents through POST /api/me and the cookie', async () => {
    const response = await meRoute.POST(
      new Request(`${base}/me`, json({ name: 'Zoë Ünal' })),
      undefined,
    );
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;

    const me = await meRoute.GET(new Request(`${base}/me`, { headers: { cookie } }), undefined);
    expect((await me.json()).annotator.name).toBe('Zoë Ünal');
  });
});
