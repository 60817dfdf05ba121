#!/usr/bin/env node
import { type Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { EXIT_OK, UsageError } from './core/errors.js';
import type { Lang } from './i18n/messages.js';
import type { CommandContext } from './cli/context.js';
import { exitCodeFor } from './cli/error-boundary.js';
import { consoleOutput } from './cli/output.js';
import { type HelpKey, helpText } from './cli/help-texts.js';
import { earlyFlags, localizedHelp, Tk13Command } from './cli/parser.js';
import { removePendingFiles } from './core/pending-files.js';
import { renderMessage } from './i18n/messages.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

interface GlobalFlags {
  db?: string;
  lang: Lang;
  json?: boolean;
  debug?: boolean;
  verbose?: boolean;
}

/** `TK13_NOW`: an ISO instant standing for "now" (tests freeze the clock with it); ignored unless valid. */
function fixedNow(text: string | undefined): Date | undefined {
  const instant = text ? new Date(text) : undefined;
  return instant && !Number.isNaN(instant.getTime()) ? instant : undefined;
}

function context(program: Command): CommandContext {
  const flags = program.opts<GlobalFlags>();
  const json = Boolean(flags.json);
  return {
    db: flags.db ?? process.env.TK13_DB ?? './tk13.duckdb',
    lang: flags.lang,
    json,
    debug: Boolean(flags.debug),
    out: consoleOutput(flags.lang, json),
    now: fixedNow(process.env.TK13_NOW) ?? new Date(),
  };
}

/** Lazily loads a command module so that `validate` never pays for DuckDB, nor `indicators` for exceljs. */
function action<A extends unknown[]>(program: Command, load: () => Promise<(ctx: CommandContext, ...args: A) => Promise<number>>) {
  return async (...args: A) => {
    const ctx = context(program);
    try {
      const run = await load();
      process.exitCode = await run(ctx, ...args);
    } catch (error) {
      process.exitCode = exitCodeFor(error, ctx.lang, ctx.debug, ctx.json);
    }
  };
}

export function buildProgram(lang: Lang = 'vi'): Command {
  const h = (key: HelpKey) => helpText(lang, key);
  const program = new Tk13Command('tk13');
  program.lang = lang;
  // Settings made before the subcommands are added are inherited by them.
  program
    .configureHelp(localizedHelp(lang))
    .configureOutput({ outputError: () => {} })
    .helpOption('-h, --help', h('help'))
    .helpCommand(h('helpCommand'), h('help'))
    .exitOverride()
    .description(h('program'))
    .version(version, '-V, --version', h('version'))
    .option(`--db ${h('vPath')}`, h('db'))
    .addOption(new Option(`--lang ${h('vLang')}`, h('lang')).choices(['vi', 'en']).default(lang, 'vi'))
    .option('--json', h('json'))
    .option('--debug', h('debug'));

  program
    .command('template')
    .description(h('template'))
    .option(`--unit ${h('vCode')}`, h('unit'))
    .option(`--period ${h('vPeriod')}`, h('period'))
    .option(`--sector ${h('vSector')}`, h('sector'))
    .option(`--province ${h('vCode')}`, h('templateProvince'))
    .addOption(new Option(`--register ${h('vKind')}`, h('register')).choices(['abuse-cases', 'sanctions']))
    .addOption(new Option(`--format ${h('vFormat')}`, h('registerFormat')).choices(['csv', 'xlsx']).default('xlsx'))
    .option(`--out ${h('vFile')}`, h('out'))
    .action(action(program, async () => (await import('./commands/template.js')).templateCommand));

  program
    .command('validate')
    .description(h('validate'))
    .argument(`<${h('aFiles')}>`, h('files'))
    .option(`--as-of ${h('vTime')}`, h('asOfCheck'))
    .option(`--period ${h('vPeriod')}`, h('validatePeriod'))
    .option(`--unit ${h('vCode')}`, h('validateUnit'))
    .addOption(new Option(`--kind ${h('vKind')}`, h('kind')).choices(['abuse-cases', 'sanctions']))
    .option(`--annotate ${h('vDir')}`, h('annotate'))
    .option('--verbose', h('validateVerbose'))
    .action(action(program, async () => (await import('./commands/validate.js')).validateCommand));

  program
    .command('ingest')
    .description(h('ingest'))
    .argument(`<${h('aPaths')}>`, h('paths'))
    .option(`--received-at ${h('vTime')}`, h('receivedAt'))
    .option(`--manifest ${h('vCsv')}`, h('manifest'))
    .option(`--period ${h('vPeriod')}`, h('validatePeriod'))
    .option('--verbose', h('verbose'))
    .action(action(program, async () => (await import('./commands/ingest.js')).ingestCommand));

  program
    .command('compute')
    .description(h('compute'))
    .requiredOption(`--period ${h('vPeriod')}`, h('period'))
    .option(`--province ${h('vCode')}`, h('province'))
    .action(action(program, async () => (await import('./commands/compute.js')).computeCommand));

  program
    .command('deadlines')
    .description(h('deadlines'))
    .requiredOption(`--period ${h('vPeriod')}`, h('period'))
    .option(`--province ${h('vCode')}`, h('province'))
    .option(`--as-of ${h('vTime')}`, h('asOfAnswer'))
    .option(`--only ${h('vStatuses')}`, h('only'))
    .option('--strict', h('strict'))
    .action(action(program, async () => (await import('./commands/deadlines.js')).deadlinesCommand));

  program
    .command('report')
    .description(h('report'))
    .requiredOption(`--period ${h('vPeriod')}`, h('period'))
    .requiredOption(`--province ${h('vCode')}`, h('provinces'))
    .option(`--as-of ${h('vTime')}`, h('asOfData'))
    .option(`--out ${h('vDir')}`, h('outDir'), 'reports')
    .action(action(program, async () => (await import('./commands/report.js')).reportCommand));

  program
    .command('verify')
    .description(h('verify'))
    .argument(`<${h('aReport')}>`, h('reportFile'))
    .action(action(program, async () => (await import('./commands/verify.js')).verifyCommand));

  program
    .command('history')
    .description(h('history'))
    .requiredOption(`--unit ${h('vCode')}`, h('unit'))
    .requiredOption(`--period ${h('vPeriod')}`, h('period'))
    .action(action(program, async () => (await import('./commands/history.js')).historyCommand));

  program
    .command('export')
    .description(h('export'))
    .requiredOption(`--period ${h('vPeriod')}`, h('period'))
    .option(`--province ${h('vCode')}`, h('exportProvince'))
    .addOption(new Option(`--format ${h('vFormat')}`, h('exportFormat')).choices(['csv', 'parquet']).default('csv'))
    .option(`--out ${h('vFile')}`, h('exportOut'))
    .option(`--suppress-below ${h('vK')}`, h('suppressBelow'))
    .action(action(program, async () => (await import('./commands/export.js')).exportCommand));

  const indicators = program.command('indicators').description(h('indicators'));
  indicators
    .command('list', { isDefault: true })
    .description(h('indicatorsList'))
    .action(action(program, async () => (await import('./commands/indicators.js')).indicatorsListCommand));
  indicators
    .command('show')
    .description(h('indicatorsShow'))
    .argument(`<${h('aId')}>`, h('indicatorId'))
    .action(action(program, async () => (await import('./commands/indicators.js')).indicatorsShowCommand));

  program
    .command('run')
    .description(h('run'))
    .argument(`<${h('aDir')}>`, h('dir'))
    .requiredOption(`--period ${h('vPeriod')}`, h('period'))
    .requiredOption(`--province ${h('vCode')}`, h('province'))
    .option(`--out ${h('vDir')}`, h('outDir'), 'reports')
    .option(`--received-at ${h('vTime')}`, h('receivedAt'))
    .option(`--manifest ${h('vCsv')}`, h('manifest'))
    .option('--verbose', h('verbose'))
    .action(action(program, async () => (await import('./commands/run.js')).runCommand));

  return program;
}

/**
 * Parses and runs one command line. Help and `--version` exit 0; a bare `tk13` prints the help and
 * exits 2; every mistake on the command line is a `UsageError` (exit 2) rendered by the error
 * boundary in the chosen language (one JSON document with `--json`).
 */
export async function main(argv: string[]): Promise<void> {
  const early = earlyFlags(argv.slice(2));
  const program = buildProgram(early.lang);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const shown = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) && error.exitCode === 0;
      process.exitCode = shown ? EXIT_OK : exitCodeFor(new UsageError('command-missing'), early.lang, early.debug, early.json);
      return;
    }
    process.exitCode = exitCodeFor(error, early.lang, early.debug, early.json);
  }
}

// `tk13 export … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Ctrl-C: files being written (.partial outputs, a database being created) are removed, and one
// line says so; transactions not committed are discarded by the database itself. Exit 130 (128 + SIGINT).
process.once('SIGINT', () => {
  removePendingFiles();
  const lang: Lang = /(^| )--lang(=| )en( |$)/.test(process.argv.slice(2).join(' ')) ? 'en' : 'vi';
  process.stderr.write(`${renderMessage('interrupted', {}, lang).message}\n`);
  process.exit(130);
});

await main(process.argv);
