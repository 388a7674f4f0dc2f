import { type DatasetRow, distinctLabels, readJsonlDataset } from './read-jsonl-dataset';

/** Where the texts come from: an intent set and a set of short social-media comments. */
const TEXT_FILES = ['banking77_test.jsonl', 'goemotions_test.jsonl'];
/**
 * Where label names come from, in order, until there are enough. banking77 (77) and
 * goemotions (28) give 105 distinct names; NLU++ hotels (40) tops them up to 128.
 */
const LABEL_FILES = ['banking77_test.jsonl', 'goemotions_test.jsonl', 'nlupp_hotels.jsonl'];

export interface BenchCorpus {
  texts: string[];
  /** Label names, as many as asked for, deduplicated across the files. */
  labels: string[];
  /** How the texts and labels were picked, for the report. */
  description: string;
}

/**
 * Real texts and label names for the throughput bench, read from the shared datasets at
 * run time. Texts are taken at an even stride through each file (same files, same
 * sample, every run), half from each file, so short intents and longer comments mix.
 */
export async function loadBenchCorpus(textCount: number, labelCount: number) {
  const perFile = Math.ceil(textCount / TEXT_FILES.length);
  const texts: string[] = [];
  for (const file of TEXT_FILES) {
    const rows = await readJsonlDataset(file);
    texts.push(...strideSample(rows, perFile).map((row) => row.text));
  }

  const labels: string[] = [];
  for (const file of LABEL_FILES) {
    if (labels.length >= labelCount) break;
    for (const name of distinctLabels(await readJsonlDataset(file))) {
      if (labels.length < labelCount && !labels.includes(name)) labels.push(name);
    }
  }
  if (labels.length < labelCount) {
    throw new Error(`only ${labels.length} distinct labels in ${LABEL_FILES.join(', ')}`);
  }

  const corpus: BenchCorpus = {
    texts: texts.slice(0, textCount),
    labels,
    description:
      `${Math.min(textCount, texts.length)} texts (every n-th row of ${TEXT_FILES.join(' + ')}),` +
      ` labels from ${LABEL_FILES.join(' + ')}`,
  };

  return corpus;
}

function strideSample(rows: DatasetRow[], count: number): DatasetRow[] {
  if (rows.length <= count) return rows;
  const stride = rows.length / count;

  return Array.from({ length: count }, (_, i) => rows[Math.floor(i * stride)]!);
}
