import type { Catalog } from '../catalog-types.js';

/** Messages for mistakes on the command line (all exit 2) and for inputs with nothing to do (exit 1). */
export const cliMessages: Catalog = {
  'did-you-mean': {
    vi: { message: 'Có phải ý bạn là {suggestion}?', hint: 'Gõ lại lệnh với giá trị đúng.' },
    en: { message: 'Did you mean {suggestion}?', hint: 'Type the command again with the right value.' },
  },
  'command-missing': {
    vi: { message: 'Chưa chọn lệnh.', hint: 'Chọn một lệnh trong danh sách trên, vd: tk13 validate tệp.xlsx' },
    en: { message: 'No command given.', hint: 'Pick one of the commands listed above, e.g. tk13 validate file.xlsx' },
  },
  'command-unknown': {
    vi: { message: 'Không có lệnh {found}.', hint: 'Xem các lệnh: {command} --help' },
    en: { message: 'There is no command {found}.', hint: 'See the commands: {command} --help' },
  },
  'option-unknown': {
    vi: { message: 'Không có tuỳ chọn {found}.', hint: 'Xem các tuỳ chọn: {command} --help' },
    en: { message: 'There is no option {found}.', hint: 'See the options: {command} --help' },
  },
  'option-required': {
    vi: { message: 'Thiếu tuỳ chọn bắt buộc {option}.', hint: 'Thêm {option} {value}; xem: {command} --help' },
    en: { message: 'The option {option} is required.', hint: 'Add {option} {value}; see {command} --help' },
  },
  'option-value-missing': {
    vi: { message: 'Tuỳ chọn {option} cần một giá trị.', hint: 'Viết {option} {value}; xem: {command} --help' },
    en: { message: 'The option {option} needs a value.', hint: 'Write {option} {value}; see {command} --help' },
  },
  'option-value-invalid': {
    vi: { message: 'Giá trị "{found}" không dùng được cho {option}.', hint: 'Chọn một trong: {expected}.' },
    en: { message: '"{found}" is not a valid value for {option}.', hint: 'Choose one of: {expected}.' },
  },
  'argument-missing': {
    vi: { message: 'Thiếu {argument}.', hint: 'Xem cách dùng: {command} --help' },
    en: { message: 'Missing {argument}.', hint: 'See the usage: {command} --help' },
  },
  'arguments-excess': {
    vi: { message: 'Thừa đối số: {found}.', hint: 'Lệnh {command} nhận {expected} đối số; xem: {command} --help' },
    en: { message: 'Unexpected argument(s): {found}.', hint: '{command} takes {expected} argument(s); see {command} --help' },
  },
  'period-unsupported': {
    vi: {
      message: 'Thông tư 13/2021/TT-BLĐTBXH không có kỳ báo cáo "{found}": chỉ có báo cáo 6 tháng đầu năm (vd 2024-H1) và báo cáo năm (vd 2024).',
      hint: 'Số liệu 6 tháng cuối năm, theo quý hoặc theo tháng nằm trong báo cáo năm: dùng --period 2024 (hoặc 2024-H1 cho 6 tháng đầu năm).',
    },
    en: {
      message: 'Circular 13/2021/TT-BLĐTBXH has no "{found}" report: it has only the half-year report (first six months, e.g. 2024-H1) and the annual report (e.g. 2024).',
      hint: 'Second-half, quarterly and monthly figures are part of the annual report: use --period 2024 (or 2024-H1 for the first six months).',
    },
  },
  'no-submissions': {
    vi: {
      message: 'Không có tệp nộp nào trong {found}: {skipped} tệp bị bỏ qua vì không phải .xlsx hay .csv ({examples}).',
      hint: 'Chỉ tệp .xlsx và .csv được đọc. Kiểm tra lại thư mục, hoặc chỉ thẳng tới tệp.',
    },
    en: {
      message: 'No submission in {found}: {skipped} file(s) skipped as neither .xlsx nor .csv ({examples}).',
      hint: 'Only .xlsx and .csv files are read. Check the folder, or name the files directly.',
    },
  },
  'no-submissions-for-period': {
    vi: {
      message: 'Không có tệp nào của kỳ {expected} trong {found}: {skipped} tệp thuộc kỳ khác ({periods}), ví dụ {examples}.',
      hint: 'Kiểm tra lại --period, hoặc chỉ tới thư mục chứa số liệu kỳ {expected}. Kỳ của tệp đọc từ tên tệp (mã đơn vị_kỳ_loại).',
    },
    en: {
      message: 'No file of period {expected} in {found}: {skipped} file(s) belong to other periods ({periods}), e.g. {examples}.',
      hint: 'Check --period, or point to the folder holding the {expected} figures. The period is read from the file name (unit_period_kind).',
    },
  },
};
