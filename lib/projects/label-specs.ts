import type { LabelSpec } from '../model/classifier';

/** A project's labels as a classifier reads them, in display order. */
export function labelSpecs(project: {
  labels: { name: string; description: string | null }[];
}): LabelSpec[] {
  return project.labels.map(({ name, description }) => ({ name, description }));
}
