#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { EXIT_OK, EXIT_USAGE } from './core/errors.js';
import type { Lang } from './i18n/messages.js';
import type { CommandContext } from './cli/context.js';
import { exitCodeFor } from './cli/error-boundary.js';
import { consoleOutput } from './cli/output.js';
import { removePendingFiles } from './core/pending-files.js';
import { renderMessage } from './i18n/messages.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

interface GlobalFlags {
  db?: string;
  lang: Lang;
  json?: boolean;
  debug?: boolean;
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

export function buildProgram(): Command {
  const program = new Command('tk13')
    .description('Thống kê trẻ em và xâm hại trẻ em theo Thông tư 13/2021/TT-BLĐTBXH')
    .version(version)
    .option('--db <path>', 'tệp cơ sở dữ liệu (mặc định ./tk13.duckdb hoặc $TK13_DB)')
    .addOption(new Option('--lang <lang>', 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .option('--json', 'in một tài liệu JSON ra stdout')
    .option('--debug', 'in chi tiết lỗi nội bộ')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('template')
    .description('tạo biểu mẫu trống cho một đơn vị và kỳ, hoặc sổ theo dõi trống')
    .option('--unit <code>', 'mã đơn vị (xã hoặc huyện)')
    .option('--period <period>', 'kỳ báo cáo, vd 2024-H1 hoặc 2024')
    .addOption(new Option('--register <kind>', 'loại sổ').choices(['abuse-cases', 'sanctions']))
    .addOption(new Option('--format <format>', 'định dạng sổ').choices(['csv', 'xlsx']).default('xlsx'))
    .option('--out <file>', 'tệp kết quả')
    .action(action(program, async () => (await import('./commands/template.js')).templateCommand));

  program
    .command('validate')
    .description('kiểm tra tệp nộp, không ghi vào cơ sở dữ liệu; liệt kê mọi lỗi trong một lần')
    .argument('<files...>', 'tệp .xlsx / .csv')
    .option('--as-of <time>', 'thời điểm nhận dùng để kiểm tra (mặc định: bây giờ)')
    .option('--period <period>', 'kỳ báo cáo mong đợi')
    .option('--unit <code>', 'đơn vị nộp mong đợi')
    .addOption(new Option('--kind <kind>', 'loại sổ khi không suy ra được từ tên tệp').choices(['abuse-cases', 'sanctions']))
    .option('--annotate <dir>', 'ghi bản sao có đánh dấu ô lỗi vào thư mục này')
    .action(action(program, async () => (await import('./commands/validate.js')).validateCommand));

  program
    .command('ingest')
    .description('nạp các tệp nộp vào cơ sở dữ liệu; mỗi tệp được nhận hoặc bị từ chối toàn bộ')
    .argument('<paths...>', 'tệp hoặc thư mục')
    .option('--received-at <time>', 'thời điểm nhận cho mọi tệp')
    .option('--manifest <csv>', 'tệp CSV file,received_at')
    .option('--period <period>', 'kỳ báo cáo mong đợi')
    .action(action(program, async () => (await import('./commands/ingest.js')).ingestCommand));

  program
    .command('compute')
    .description('tính mọi chỉ tiêu ở mọi cấp cho một kỳ')
    .requiredOption('--period <period>', 'kỳ báo cáo')
    .option('--province <code>', 'mã tỉnh')
    .action(action(program, async () => (await import('./commands/compute.js')).computeCommand));

  program
    .command('deadlines')
    .description('đơn vị nào nộp đúng hạn, muộn hoặc chưa nộp')
    .requiredOption('--period <period>', 'kỳ báo cáo')
    .option('--province <code>', 'mã tỉnh')
    .option('--as-of <time>', 'trả lời như tại thời điểm này')
    .option('--strict', 'thoát mã 1 nếu có đơn vị nộp muộn hoặc chưa nộp')
    .action(action(program, async () => (await import('./commands/deadlines.js')).deadlinesCommand));

  program
    .command('report')
    .description('báo cáo Excel của tỉnh')
    .requiredOption('--period <period>', 'kỳ báo cáo')
    .requiredOption('--province <code>', 'mã tỉnh; nhiều tỉnh cách nhau bằng dấu phẩy, hoặc all (mọi tỉnh, tính chỉ tiêu một lần)')
    .option('--as-of <time>', 'chỉ dùng dữ liệu đã nhận đến thời điểm này')
    .option('--out <dir>', 'thư mục kết quả', 'reports')
    .action(action(program, async () => (await import('./commands/report.js')).reportCommand));

  program
    .command('verify')
    .description('tính lại báo cáo từ cơ sở dữ liệu và so sánh từng ô')
    .argument('<report>', 'tệp báo cáo .xlsx')
    .action(action(program, async () => (await import('./commands/verify.js')).verifyCommand));

  program
    .command('history')
    .description('mọi phiên bản đã nhận của một đơn vị trong một kỳ, và thay đổi giữa các phiên bản')
    .requiredOption('--unit <code>', 'mã đơn vị')
    .requiredOption('--period <period>', 'kỳ báo cáo')
    .action(action(program, async () => (await import('./commands/history.js')).historyCommand));

  program
    .command('export')
    .description('giá trị chỉ tiêu dạng dài (CSV hoặc Parquet)')
    .requiredOption('--period <period>', 'kỳ báo cáo')
    .option('--province <code>', 'mã tỉnh')
    .addOption(new Option('--format <format>', 'định dạng').choices(['csv', 'parquet']).default('csv'))
    .option('--out <file>', 'tệp kết quả (mặc định: stdout với csv)')
    .option('--suppress-below <k>', 'ẩn các số đếm nhỏ hơn k khi công bố')
    .action(action(program, async () => (await import('./commands/export.js')).exportCommand));

  const indicators = program.command('indicators').description('các định nghĩa chỉ tiêu');
  indicators
    .command('list', { isDefault: true })
    .description('liệt kê chỉ tiêu')
    .action(action(program, async () => (await import('./commands/indicators.js')).indicatorsListCommand));
  indicators
    .command('show')
    .description('siêu dữ liệu, SQL và các bảng mà chỉ tiêu đọc')
    .argument('<id>', 'mã chỉ tiêu')
    .action(action(program, async () => (await import('./commands/indicators.js')).indicatorsShowCommand));

  program
    .command('run')
    .description('việc chính: nạp + tính + hạn nộp + báo cáo')
    .argument('<dir>', 'thư mục tệp nộp')
    .requiredOption('--period <period>', 'kỳ báo cáo')
    .requiredOption('--province <code>', 'mã tỉnh')
    .option('--out <dir>', 'thư mục báo cáo', 'reports')
    .option('--received-at <time>', 'thời điểm nhận cho mọi tệp')
    .option('--manifest <csv>', 'tệp CSV file,received_at')
    .action(action(program, async () => (await import('./commands/run.js')).runCommand));

  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      process.exitCode = benign ? EXIT_OK : EXIT_USAGE;
      return;
    }
    throw error;
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
