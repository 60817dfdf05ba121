import type { Catalog } from '../catalog-types.js';

/** Messages of the indicator definitions, the roll-up engine, compute and export. */
export const indicatorMessages: Catalog = {
  'indicator-metadata-missing': {
    vi: { message: 'Tệp định nghĩa chỉ tiêu không mở đầu bằng khối chú thích /* … */ chứa siêu dữ liệu YAML.', hint: 'Đặt siêu dữ liệu (id, title_vi, kind, …) trong /* … */ ở đầu tệp, rồi đến câu lệnh SELECT.' },
    en: { message: 'The indicator file does not start with a /* … */ block holding YAML metadata.', hint: 'Put the metadata (id, title_vi, kind, …) in /* … */ at the top of the file, then the SELECT.' },
  },
  'indicator-metadata-yaml': {
    vi: { message: 'Siêu dữ liệu YAML viết sai cú pháp: {found}', hint: 'Sửa dòng được chỉ ra (thụt lề, dấu hai chấm, dấu ngoặc).' },
    en: { message: 'The YAML metadata has a syntax error: {found}', hint: 'Fix the line shown (indentation, colons, brackets).' },
  },
  'indicator-metadata-invalid': {
    vi: { message: 'Mục siêu dữ liệu "{item}" không hợp lệ: {found}', hint: 'Xem docs/indicators.md để biết các mục bắt buộc và giá trị cho phép.' },
    en: { message: 'Metadata entry "{item}" is invalid: {found}', hint: 'See docs/indicators.md for the required entries and allowed values.' },
  },
  'indicator-id-mismatch': {
    vi: { message: 'id "{found}" khác tên tệp.', hint: 'Đặt id đúng bằng tên tệp không có đuôi .sql: {expected}.' },
    en: { message: 'id "{found}" differs from the file name.', hint: 'Make the id equal to the file name without .sql: {expected}.' },
  },
  'indicator-id-duplicate': {
    vi: { message: 'Chỉ tiêu "{found}" đã được định nghĩa trong {other}.', hint: 'Mỗi chỉ tiêu chỉ có một tệp; xóa hoặc đổi tên một trong hai.' },
    en: { message: 'Indicator "{found}" is already defined in {other}.', hint: 'One file per indicator: remove or rename one of them.' },
  },
  'indicator-code-duplicate': {
    vi: { message: 'Mã chỉ tiêu {found} cũng được dùng trong {other}.', hint: 'Kiểm tra lại mã theo phụ lục của Thông tư 13/2021/TT-BLĐTBXH.' },
    en: { message: 'Indicator code {found} is also used in {other}.', hint: "Check the code against the annexes of Circular 13/2021/TT-BLĐTBXH." },
  },
  'indicator-dimension-unknown': {
    vi: { message: 'Phân tổ "{found}" không có trong indicators/_dimensions.yaml.', hint: 'Dùng một trong: {expected}; hoặc thêm phân tổ mới cùng nhãn vào _dimensions.yaml.' },
    en: { message: 'Dimension "{found}" is not in indicators/_dimensions.yaml.', hint: 'Use one of: {expected}; or add the new dimension with its labels to _dimensions.yaml.' },
  },
  'indicator-group-unknown': {
    vi: { message: 'Nhóm "{found}" không có trong danh sách nhóm (groups) của indicators/_dimensions.yaml.', hint: 'Dùng một trong: {expected}; hoặc thêm nhóm mới cùng nhãn vào _dimensions.yaml.' },
    en: { message: 'Group "{found}" is not among the groups of indicators/_dimensions.yaml.', hint: 'Use one of: {expected}; or add the new group with its labels to _dimensions.yaml.' },
  },
  'indicator-dimension-undeclared': {
    vi: { message: 'Phân tổ "{found}" chưa được khai báo trong dims.', hint: 'Chỉ dùng các phân tổ đã khai báo trong dims: {expected}.' },
    en: { message: 'Dimension "{found}" is not declared in dims.', hint: 'Use only dimensions declared in dims: {expected}.' },
  },
  'indicator-check-duplicate': {
    vi: { message: 'Hai phép kiểm tra cùng tên "{found}".', hint: 'Đặt cho mỗi phép kiểm tra một tên riêng.' },
    en: { message: 'Two checks are named "{found}".', hint: 'Give every check its own name.' },
  },
  'indicator-count-not-ratio': {
    vi: { message: 'Mục count (công bố tử số như một số lượng) chỉ dùng cho chỉ tiêu tỷ lệ, chỉ tiêu này là {found}.', hint: 'Bỏ mục count, hoặc khai báo kind: ratio với numerator và denominator.' },
    en: { message: 'count (publishing the numerator as a count) is for ratios only; this indicator is a {found}.', hint: 'Remove count, or declare kind: ratio with a numerator and a denominator.' },
  },
  'indicator-sql-empty': {
    vi: { message: 'Sau khối siêu dữ liệu không có câu lệnh SELECT.', hint: 'Viết một câu SELECT sau dấu */.' },
    en: { message: 'There is no SELECT after the metadata block.', hint: 'Write one SELECT after the closing */.' },
  },
  'indicator-dimensions-invalid': {
    vi: { message: 'Danh mục phân tổ không hợp lệ ({item}): {found}', hint: 'Sửa indicators/_dimensions.yaml: mỗi phân tổ có code, vi, en và danh sách values.' },
    en: { message: 'The dimension catalogue is invalid ({item}): {found}', hint: 'Fix indicators/_dimensions.yaml: each dimension has code, vi, en and a list of values.' },
  },
  'indicator-sql-not-select': {
    vi: { message: 'Phần SQL không phải là đúng một câu SELECT: {found}', hint: 'Mỗi tệp chỉ chứa một câu SELECT (có thể có WITH), không có lệnh khác.' },
    en: { message: 'The SQL is not exactly one SELECT: {found}', hint: 'Each file holds one SELECT (WITH allowed) and no other statement.' },
  },
  'indicator-reads-forbidden': {
    vi: { message: 'Chỉ tiêu đọc {found}, ngoài các bảng chuẩn.', hint: 'Chỉ đọc {expected}: các bảng này đã chọn phiên bản hiện hành và quy đổi mã xã theo danh mục của kỳ.' },
    en: { message: 'The indicator reads {found}, outside the canonical views.', hint: 'Read only {expected}: they keep current versions and resolve commune codes to the period\'s list.' },
  },
  'indicator-source-mismatch': {
    vi: { message: 'Mục source khai báo "{expected}" nhưng câu SELECT đọc "{found}".', hint: 'Sửa mục source cho khớp với các bảng câu SELECT thực sự đọc.' },
    en: { message: 'source declares "{expected}" but the SELECT reads "{found}".', hint: 'Make source list the views the SELECT actually reads.' },
  },
  'indicator-sql-error': {
    vi: { message: 'Câu SELECT chạy lỗi: {found}', hint: 'Chạy thử câu lệnh trong duckdb (thay $period_start, $period_end bằng ngày) để sửa.' },
    en: { message: 'The SELECT failed: {found}', hint: 'Try it in the duckdb shell (with dates in place of $period_start, $period_end) to fix it.' },
  },
  'indicator-parameter-unknown': {
    vi: { message: 'Câu SQL dùng tham số {found} không tồn tại.', hint: 'Chỉ dùng các tham số {expected}.' },
    en: { message: 'The SQL uses an unknown parameter {found}.', hint: 'Use only the parameters {expected}.' },
  },
  'indicator-columns-missing': {
    vi: { message: 'Kết quả SELECT thiếu cột: {expected} (đang có: {found}).', hint: 'Đặt tên cột đúng như siêu dữ liệu khai báo (unit_code, các phân tổ, grain, value hoặc numerator/denominator).' },
    en: { message: 'The SELECT lacks columns: {expected} (it has: {found}).', hint: 'Name the columns as the metadata declares (unit_code, the dims, the grain, value or numerator/denominator).' },
  },
  'indicator-column-shape': {
    vi: { message: 'Cột phân tổ {column} có kiểu {found}, cần {expected}.', hint: 'Phân tổ khai báo trong multi phải là danh sách; các phân tổ khác là một giá trị.' },
    en: { message: 'Dimension column {column} has type {found}, expected {expected}.', hint: 'Dimensions listed in multi are lists; the others single values.' },
  },
  'indicator-grain-not-unique': {
    vi: { message: 'Mức chi tiết khai báo ({expected}) không duy nhất, ví dụ: {found}. Chỉ tiêu không được công bố để tránh đếm trùng.', hint: 'Sửa câu SELECT (thường do quên lọc dòng tổng) hoặc khai báo grain đúng.' },
    en: { message: 'The declared grain ({expected}) is not unique, e.g. {found}. The indicator is not published, to avoid double counting.', hint: 'Fix the SELECT (often a total row left in) or declare the right grain.' },
  },
  'indicator-rows-unplaced': {
    vi: { message: '{count} dòng có mã không phải mã xã (hay mã tỉnh) thuộc danh mục {list}, ví dụ {found}; các dòng này không được tính.', hint: 'Kiểm tra mã xã trong dữ liệu nộp theo danh mục áp dụng cho kỳ.' },
    en: { message: '{count} rows carry a code that is not a commune (or province) of the {list} list, e.g. {found}; they are not counted.', hint: 'Check the commune codes of the submissions against the list valid for the period.' },
  },
  'indicator-dimension-value-unknown': {
    vi: { message: '{count} phân tổ có giá trị không có trong danh mục, ví dụ {found}.', hint: 'Thêm giá trị vào indicators/_dimensions.yaml hoặc sửa dữ liệu nộp.' },
    en: { message: '{count} disaggregations carry a value missing from the catalogue, e.g. {found}.', hint: 'Add the value to indicators/_dimensions.yaml or fix the submissions.' },
  },
  'indicator-rows-unresolved': {
    vi: { message: '{count} dòng sổ {kind} trong kỳ mang mã xã cũ {found} (và các mã khác) không quy đổi được sang danh mục {list} (xã bị chia tách); các dòng này không được tính.', hint: 'Yêu cầu đơn vị nộp lại sổ ghi mã xã mới cho các dòng này.' },
    en: { message: '{count} {kind} register rows in the window carry old commune codes such as {found} that do not map to the {list} list (split communes); they are not counted.', hint: 'Ask the unit to resubmit the register with the new commune codes for these rows.' },
  },
  'indicator-check-error': {
    vi: { message: 'Phép kiểm tra {item} chạy lỗi: {found}', hint: 'Sửa câu SQL của phép kiểm tra; nó đọc computed_values và các bảng chuẩn.' },
    en: { message: 'Check {item} failed: {found}', hint: 'Fix the check\'s SQL; it reads computed_values and the canonical views.' },
  },
  'indicator-unknown': {
    vi: { message: 'Không có chỉ tiêu "{found}".', hint: 'Xem danh sách bằng: tk13 indicators list' },
    en: { message: 'No indicator "{found}".', hint: 'List them with: tk13 indicators list' },
  },
  'export-out-required': {
    vi: { message: 'Xuất Parquet cần tệp kết quả.', hint: 'Thêm --out TỆP.parquet.' },
    en: { message: 'A Parquet export needs an output file.', hint: 'Add --out FILE.parquet.' },
  },
  'suppress-below-invalid': {
    vi: { message: '--suppress-below "{found}" không hợp lệ.', hint: 'Dùng một số nguyên dương, ví dụ --suppress-below 5.' },
    en: { message: 'Invalid --suppress-below "{found}".', hint: 'Use a positive whole number, e.g. --suppress-below 5.' },
  },
};
