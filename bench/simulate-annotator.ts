import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import type { NextItemResponse, SubmitBody, SubmitResponse } from '@/lib/api/schemas/annotate';

import { callApi } from './call-api';

export interface LatencySample {
  route: 'next' | 'submit';
  ms: number;
  /** Whether the background scoring job was still running when the request was sent. */
  duringScoring: boolean;
}

export interface AnnotatorRun {
  samples: LatencySample[];
  /** Example ids this annotator submitted, to spot items served to two people. */
  exampleIds: string[];
  /** Set when the queue ran dry before the iterations were done. */
  emptyReason: string | null;
}

export interface AnnotatorOptions {
  iterations: number;
  /**
   * Mean pause after each submit, as a person reading the next text; each pause is drawn
   * between half and one and a half times this, and the first request waits a random
   * part of it, so annotators do not fire in lockstep. With none, eight annotators keep
   * eight requests in flight at all times: a saturation test, where the mean latency is
   * 8 / (requests per second the server manages).
   */
  thinkMs: number;
  /** Whether the background scoring job is still running, to tag each sample. */
  isScoring: () => boolean;
}

/**
 * One simulated person on the annotate screen: fetch the next item, accept the top
 * suggestion, submit, repeat. Only the two routes the screen calls per item are used.
 */
export async function simulateAnnotator(
  baseUrl: string,
  projectId: string,
  annotator: string,
  { iterations, thinkMs, isScoring }: AnnotatorOptions,
): Promise<AnnotatorRun> {
  const run: AnnotatorRun = { samples: [], exampleIds: [], emptyReason: null };
  const projectUrl = `${baseUrl}/api/projects/${projectId}/annotate`;

  // Pacing only, never measured, so an unseeded random is fine.
  if (thinkMs > 0) await sleep(Math.random() * thinkMs);
  for (let i = 0; i < iterations; i++) {
    const duringNext = isScoring();
    const next = await callApi<NextItemResponse>(`${projectUrl}/next`, { annotator });
    run.samples.push({ route: 'next', ms: next.ms, duringScoring: duringNext });
    const item = next.body.item;
    if (!item) {
      run.emptyReason = next.body.emptyReason;
      break;
    }
    const top = item.scores[0];
    if (!top) throw new Error(`example ${item.example.id} came with no scores`);

    const body: SubmitBody = {
      clientId: randomUUID(),
      exampleId: item.example.id,
      kind: 'annotated',
      modelVersionId: item.modelVersion.id,
      durationMs: 100,
      decisions: [{ labelId: top.labelId, decision: 'accept', origin: 'suggested' }],
    };
    const duringSubmit = isScoring();
    const submit = await callApi<SubmitResponse>(`${projectUrl}/submit`, {
      method: 'POST',
      body,
      annotator,
    });
    run.samples.push({ route: 'submit', ms: submit.ms, duringScoring: duringSubmit });
    run.exampleIds.push(item.example.id);
    if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
  }

  return run;
}
