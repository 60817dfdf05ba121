import type { Catalog } from '../catalog-types.js';

/** Messages for CLI-level and store-level errors. */
export const generalMessages: Catalog = {
  'internal-error': {
    vi: { message: 'Lỗi nội bộ của tk13: {detail}', hint: 'Chạy lại lệnh với --debug để xem chi tiết và gửi cho nhóm phát triển.' },
    en: { message: 'Internal tk13 error: {detail}', hint: 'Rerun the command with --debug for the stack trace and report it.' },
  },
  'usage-invalid': {
    vi: { message: '{detail}', hint: 'Xem hướng dẫn: tk13 --help' },
    en: { message: '{detail}', hint: 'See tk13 --help' },
  },
  'period-invalid': {
    vi: { message: 'Kỳ báo cáo "{found}" không hợp lệ.', hint: 'Dùng dạng 2024-H1 (6 tháng đầu năm 2024) hoặc 2024 (cả năm 2024).' },
    en: { message: 'Invalid period "{found}".', hint: 'Use 2024-H1 (half-year report of 2024) or 2024 (annual report).' },
  },
  'time-invalid': {
    vi: { message: 'Thời điểm "{found}" không hợp lệ.', hint: 'Dùng ngày dạng 2024-05-20 hoặc ngày giờ dạng 2024-05-20T17:00:00+07:00.' },
    en: { message: 'Invalid time "{found}".', hint: 'Use a date like 2024-05-20 or a date-time like 2024-05-20T17:00:00+07:00.' },
  },
  'province-unknown': {
    vi: { message: 'Không có tỉnh mã {found} trong danh mục hành chính áp dụng cho kỳ {period}.', hint: 'Kiểm tra mã tỉnh (2 chữ số) theo danh mục của kỳ báo cáo.' },
    en: { message: 'No province with code {found} in the administrative list valid for {period}.', hint: 'Check the 2-digit province code against the list valid for the period.' },
  },
  'unit-unknown': {
    vi: { message: 'Không có đơn vị "{found}" trong danh mục hành chính áp dụng cho kỳ {period}.', hint: 'Dùng mã đơn vị (xã 5 chữ số, huyện 3 chữ số) của danh mục áp dụng cho kỳ.' },
    en: { message: 'No unit "{found}" in the administrative list valid for {period}.', hint: 'Check the unit code (commune 5 digits, district 3 digits).' },
  },
  'path-not-found': {
    vi: { message: 'Không tìm thấy tệp hoặc thư mục "{found}".', hint: 'Kiểm tra lại đường dẫn.' },
    en: { message: 'File or folder "{found}" not found.', hint: 'Check the path.' },
  },
  'path-not-file': {
    vi: { message: '"{found}" không phải tệp hay thư mục thông thường.', hint: 'Chỉ đưa vào tệp .xlsx, .csv hoặc thư mục chứa chúng.' },
    en: { message: '"{found}" is not a regular file or folder.', hint: 'Give only .xlsx or .csv files, or folders holding them.' },
  },
  'database-in-use': {
    vi: { message: 'Cơ sở dữ liệu {file} đang được một tiến trình khác sử dụng (tiến trình {pid}).', hint: 'Đợi lệnh kia chạy xong rồi chạy lại.' },
    en: { message: 'Database {file} is in use by another process (process {pid}).', hint: 'Wait for the other command to finish, then rerun.' },
  },
  'database-not-found': {
    vi: { message: 'Chưa có cơ sở dữ liệu {file}.', hint: 'Chạy tk13 ingest (hoặc tk13 run) trước, hoặc chỉ đúng tệp bằng --db.' },
    en: { message: 'Database {file} does not exist.', hint: 'Run tk13 ingest (or tk13 run) first, or point --db at the right file.' },
  },
  'database-newer': {
    vi: { message: 'Cơ sở dữ liệu {file} được tạo bởi phiên bản tk13 mới hơn (lược đồ {found}, bản này hỗ trợ đến {expected}).', hint: 'Cập nhật tk13.' },
    en: { message: 'Database {file} was written by a newer tk13 (schema {found}, this version supports up to {expected}).', hint: 'Upgrade tk13.' },
  },
  'database-unreadable': {
    vi: { message: 'Không mở được cơ sở dữ liệu {file}: {detail}', hint: 'Kiểm tra tệp có đúng là cơ sở dữ liệu tk13 không.' },
    en: { message: 'Cannot open database {file}: {detail}', hint: 'Check that the file is a tk13 database.' },
  },
};
