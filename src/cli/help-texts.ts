import type { Lang } from '../i18n/catalog-types.js';

/**
 * Every text of `tk13 --help` in both languages: the program, each command, option and argument,
 * and the parser's own words. One catalogue; `src/cli.ts` builds the program in one language.
 */
const TEXTS = {
  program: ['Thống kê trẻ em và xâm hại trẻ em theo Thông tư 13/2021/TT-BLĐTBXH', 'Child and child-abuse statistics under Circular 13/2021/TT-BLĐTBXH'],
  version: ['hiện số phiên bản', 'show the version number'],
  help: ['hiện trợ giúp cho lệnh', 'show help for a command'],
  helpCommand: ['help [lệnh]', 'help [command]'],
  db: ['tệp cơ sở dữ liệu (mặc định ./tk13.duckdb hoặc $TK13_DB)', 'database file (default ./tk13.duckdb or $TK13_DB)'],
  lang: ['ngôn ngữ thông báo; cũng đặt được bằng $TK13_LANG', 'language of messages; also $TK13_LANG'],
  json: ['in một tài liệu JSON ra stdout', 'write one JSON document to stdout'],
  debug: ['in chi tiết lỗi nội bộ', 'print internal error details'],
  validateVerbose: ['liệt kê từng cảnh báo, không gộp theo mã', 'list every warning, not grouped by code'],
  verbose: ['liệt kê mọi tệp và mọi cảnh báo, không chỉ tệp bị từ chối', 'list every file and warning, not only rejected files'],
  unit: ['mã đơn vị (xã 5 chữ số hoặc huyện 3 chữ số)', 'unit code (commune: 5 digits, district: 3 digits)'],
  period: ['kỳ báo cáo: 2024-H1 (6 tháng đầu năm) hoặc 2024 (cả năm); cũng nhận 6T/2024, năm 2024…', 'reporting period: 2024-H1 (first half) or 2024 (annual); 6T/2024, năm 2024… also accepted'],
  province: ['mã tỉnh (2 chữ số)', 'province code (2 digits)'],
  exportProvince: ['mã tỉnh, hoặc all cho mọi tỉnh (mặc định: các tỉnh có dữ liệu trong cơ sở dữ liệu)', 'province code, or all for every province (default: the provinces the database holds data for)'],
  provinces: ['mã tỉnh; nhiều tỉnh cách nhau bằng dấu phẩy, hoặc all (mọi tỉnh, tính chỉ tiêu một lần)', 'province code; several separated by commas, or all (every province, indicators computed once)'],
  out: ['tệp kết quả', 'output file'],
  outDir: ['thư mục báo cáo', 'report folder'],
  asOfCheck: ['thời điểm nhận dùng để kiểm tra (mặc định: bây giờ)', 'receipt time to check against (default: now)'],
  asOfAnswer: ['trả lời như tại thời điểm này', 'answer as at this time'],
  asOfData: ['chỉ dùng dữ liệu đã nhận đến thời điểm này', 'use only data received by this time'],
  receivedAt: ['thời điểm nhận cho mọi tệp', 'receipt time for every file'],
  manifest: ['tệp CSV file,received_at', 'CSV file of file,received_at'],
  template: ['tạo biểu mẫu trống cho một đơn vị và kỳ, biểu của một sở, ngành cho một tỉnh và kỳ, hoặc sổ theo dõi trống', "write a blank form for a unit and period, a department's form for a province and period, or a blank register"],
  sector: ['biểu số liệu của sở, ngành này: mã hoặc tên gọi tắt trong templates/sector-forms.yaml, không cần dấu (vd education, giao-duc, gd, "giáo dục"); cần --period và --province', 'the form of this department: its id or a short name in templates/sector-forms.yaml, with or without diacritics (e.g. education, giao-duc, gd, "giáo dục"); needs --period and --province'],
  templateProvince: ['mã tỉnh (2 chữ số) của biểu sở, ngành', "province code (2 digits) of a department's form"],
  register: ['loại sổ', 'register kind'],
  registerFormat: ['định dạng sổ', 'register format'],
  validate: ['kiểm tra tệp nộp, không ghi vào cơ sở dữ liệu; liệt kê mọi lỗi trong một lần', 'check submissions without storing them; every problem at once'],
  files: ['tệp .xlsx / .csv hoặc thư mục', '.xlsx / .csv files or folders'],
  validatePeriod: ['kỳ báo cáo mong đợi', 'expected reporting period'],
  validateUnit: ['đơn vị nộp mong đợi', 'expected submitting unit'],
  kind: ['loại sổ khi không suy ra được từ tên tệp', 'register kind when the file name does not tell'],
  annotate: ['ghi bản sao có đánh dấu ô lỗi vào thư mục này', 'write copies with the problem cells marked into this folder'],
  ingest: ['nạp các tệp nộp vào cơ sở dữ liệu; mỗi tệp được nhận hoặc bị từ chối toàn bộ', 'load submissions into the database; each file is accepted or rejected whole'],
  paths: ['tệp hoặc thư mục', 'files or folders'],
  compute: ['tính mọi chỉ tiêu ở mọi cấp cho một kỳ', 'compute every indicator at every level for a period'],
  deadlines: ['đơn vị nào nộp đúng hạn, muộn hoặc chưa nộp', 'which units sent on time, late or not at all'],
  strict: ['thoát mã 1 nếu có đơn vị nộp muộn hoặc chưa nộp', 'exit 1 when a unit is late or missing'],
  only: ['chỉ hiện các đơn vị có trạng thái này, vd late,missing (on_time, late, missing, pending)', 'show only units with these statuses, e.g. late,missing (on_time, late, missing, pending)'],
  report: ['báo cáo Excel của tỉnh', "the province's Excel report"],
  verify: ['tính lại báo cáo từ cơ sở dữ liệu và so sánh từng ô', 'recompute a report from the database and compare every cell'],
  reportFile: ['tệp báo cáo .xlsx', 'report .xlsx file'],
  history: ['mọi phiên bản đã nhận của một đơn vị trong một kỳ, và thay đổi giữa các phiên bản', 'every version received from a unit for a period, and what changed'],
  export: ['giá trị chỉ tiêu dạng dài (CSV hoặc Parquet)', 'indicator values in long form (CSV or Parquet)'],
  exportFormat: ['định dạng', 'format'],
  exportOut: ['tệp kết quả (mặc định: stdout với csv)', 'output file (default: stdout for csv)'],
  suppressBelow: ['ẩn các số đếm nhỏ hơn k khi công bố', 'hide counts below k for publication'],
  indicators: ['các định nghĩa chỉ tiêu', 'indicator definitions'],
  indicatorsList: ['liệt kê chỉ tiêu', 'list the indicators'],
  indicatorsShow: ['siêu dữ liệu, SQL và các bảng mà chỉ tiêu đọc', 'metadata, SQL and the tables an indicator reads'],
  indicatorId: ['mã chỉ tiêu (xem tk13 indicators list)', 'indicator id (see tk13 indicators list)'],
  run: ['việc chính: nạp + tính + hạn nộp + báo cáo', 'the main job: ingest + compute + deadlines + report'],
  dir: ['thư mục tệp nộp', 'folder of submissions'],
  // The parser's own words.
  usage: ['Cách dùng:', 'Usage:'],
  options: ['Tuỳ chọn:', 'Options:'],
  globalOptions: ['Tuỳ chọn chung:', 'Global options:'],
  commands: ['Lệnh:', 'Commands:'],
  arguments: ['Đối số:', 'Arguments:'],
  optionsWord: ['[tuỳ chọn]', '[options]'],
  commandWord: ['[lệnh]', '[command]'],
  defaultWord: ['mặc định', 'default'],
  choicesWord: ['chọn', 'choices'],
  // Placeholders of values.
  vPath: ['<tệp>', '<path>'],
  vLang: ['<ngôn-ngữ>', '<lang>'],
  vCode: ['<mã>', '<code>'],
  vPeriod: ['<kỳ>', '<period>'],
  vKind: ['<loại>', '<kind>'],
  vSector: ['<sở-ngành>', '<department>'],
  vFormat: ['<định-dạng>', '<format>'],
  vFile: ['<tệp>', '<file>'],
  vDir: ['<thư-mục>', '<dir>'],
  vTime: ['<thời-điểm>', '<time>'],
  vCsv: ['<tệp-csv>', '<csv>'],
  vK: ['<k>', '<k>'],
  vStatuses: ['<trạng-thái>', '<statuses>'],
  aFiles: ['tệp...', 'files...'],
  aPaths: ['đường-dẫn...', 'paths...'],
  aReport: ['báo-cáo', 'report'],
  aId: ['mã-chỉ-tiêu', 'id'],
  aDir: ['thư-mục', 'dir'],
} as const satisfies Record<string, readonly [string, string]>;

export type HelpKey = keyof typeof TEXTS;

/** The help text `key` in `lang`. */
export function helpText(lang: Lang, key: HelpKey): string {
  return TEXTS[key][lang === 'en' ? 1 : 0];
}

/** All the parser's section titles, for translating commander's English headings. */
export function sectionTitle(lang: Lang, english: string): string {
  const titles: Record<string, HelpKey> = {
    'Usage:': 'usage',
    'Options:': 'options',
    'Global Options:': 'globalOptions',
    'Commands:': 'commands',
    'Arguments:': 'arguments',
  };
  const key = titles[english];
  return key ? helpText(lang, key) : english;
}
