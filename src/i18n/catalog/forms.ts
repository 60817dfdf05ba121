import type { Catalog } from '../catalog-types.js';

/** Messages of the aggregate form: template command, form reader, consistency rules. */
export const formMessages: Catalog = {
  'template-usage': {
    vi: { message: 'Cần chỉ rõ biểu mẫu (--unit và --period), biểu của sở, ngành (--sector, --period và --province) hoặc sổ theo dõi (--register).', hint: 'Ví dụ: tk13 template --unit 30733 --period 2024-H1, tk13 template --sector education --period 2024-H1 --province 91, hoặc tk13 template --register abuse-cases.' },
    en: { message: 'Say which form (--unit and --period), which department form (--sector, --period and --province) or which register (--register) you want.', hint: 'For example: tk13 template --unit 30733 --period 2024-H1, tk13 template --sector education --period 2024-H1 --province 91, or tk13 template --register abuse-cases.' },
  },
  'template-unit-level': {
    vi: { message: 'Đơn vị {found} là cấp tỉnh; biểu mẫu chỉ dành cho xã hoặc huyện.', hint: 'Dùng mã xã (5 chữ số) hoặc mã huyện (3 chữ số, trước 01/07/2025).' },
    en: { message: 'Unit {found} is a province; the form is for communes and districts only.', hint: 'Use a commune code (5 digits) or a district code (3 digits, before 1 July 2025).' },
  },
  'form-unreadable': {
    vi: { message: 'Không đọc được tệp {file} như một sổ Excel ({found}).', hint: 'Mở tệp bằng Excel, chọn Tệp → Lưu thành → "Sổ làm việc Excel (.xlsx)" (LibreOffice: "Excel 2007-365 (.xlsx)") rồi gửi lại; nếu vẫn lỗi, tải biểu mẫu mới bằng tk13 template và chép số liệu sang.' },
    en: { message: 'The file {file} could not be read as an Excel workbook ({found}).', hint: 'Open it in Excel, File → Save As → "Excel Workbook (.xlsx)" (LibreOffice: "Excel 2007-365 (.xlsx)") and resend; if that fails, download a new form with tk13 template and copy the figures into it.' },
  },
  'form-meta-missing': {
    vi: {
      message: 'Tệp trông như {form} của đơn vị {unit}, kỳ {period}, nhưng thiếu trang ẩn "_meta" (số liệu được chép sang sổ khác, hoặc tệp được lưu bằng chương trình khác) và tk13 không đọc chắc chắn được theo bố cục: cần đọc được mã đơn vị trong dòng "Đơn vị báo cáo: … (mã …)", kỳ trong dòng "Kỳ báo cáo: …" và đủ các mã số dòng trong cột "Mã số".',
      hint: 'Tải biểu mẫu mới bằng lệnh tk13 template --unit {unit} --period {period}, chép các con số vào đúng ô rồi gửi tệp đó. Không xóa hay đổi tên các trang ẩn của biểu mẫu.',
    },
    en: {
      message: 'The file looks like {form} of unit {unit} for period {period}, but its hidden "_meta" sheet is missing (the figures were pasted into another workbook, or another program saved it) and tk13 cannot read it safely by its layout: it needs the unit code in the "Đơn vị báo cáo: … (mã …)" line, the period in the "Kỳ báo cáo: …" line and every row code in the "Mã số" column.',
      hint: 'Download a fresh form with tk13 template --unit {unit} --period {period}, copy the figures into it and send that file. Do not delete or rename the form\'s hidden sheets.',
    },
  },
  'form-read-by-layout': {
    vi: {
      message: 'Biểu mẫu thiếu trang ẩn "_meta"; tk13 đã nhận ra {form} của đơn vị {unit}, kỳ {period} theo các dòng hiển thị (đơn vị, kỳ báo cáo) và đọc các ô theo cột "Mã số".',
      hint: 'Số liệu vẫn được nhận. Lần sau hãy gửi đúng tệp biểu mẫu tải bằng tk13 template --unit {unit} --period {period}, không chép sang sổ khác.',
    },
    en: {
      message: 'The form lacks its hidden "_meta" sheet; tk13 recognised {form} of unit {unit} for period {period} from its visible lines (unit, period) and read the cells by their "Mã số" row codes.',
      hint: 'The figures are accepted. Next time send the form file made by tk13 template --unit {unit} --period {period} itself, not a copy pasted into another workbook.',
    },
  },
  'form-meta-invalid': {
    vi: { message: 'Trang ẩn "_meta" bị sửa hoặc hỏng ở mục {item}.', hint: 'Không sửa trang ẩn "_meta". Tải biểu mẫu mới bằng tk13 template và chép số liệu sang.' },
    en: { message: 'The hidden "_meta" sheet was edited or is damaged at {item}.', hint: 'Do not edit the hidden "_meta" sheet. Download a new form with tk13 template and copy the figures into it.' },
  },
  'form-id-unknown': {
    vi: { message: 'Tệp là biểu mẫu "{found}", không phải biểu mẫu tổng hợp xã "{expected}".', hint: 'Kiểm tra đã gửi đúng tệp; biểu mẫu tổng hợp tải bằng tk13 template --unit … --period ….' },
    en: { message: 'The file is form "{found}", not the commune aggregate form "{expected}".', hint: 'Check that this is the right file; get the aggregate form with tk13 template --unit … --period ….' },
  },
  'form-version-old': {
    vi: { message: 'Biểu mẫu phiên bản cũ ({found}); phiên bản hiện hành là {expected}. Số liệu vẫn đọc được.', hint: 'Kỳ sau hãy tải biểu mẫu mới bằng tk13 template.' },
    en: { message: 'Old form version ({found}); the current version is {expected}. The figures can still be read.', hint: 'Download a new form with tk13 template for the next report.' },
  },
  'form-version-unknown': {
    vi: { message: 'Phiên bản biểu mẫu {found} không đọc được (đọc được: {expected}).', hint: 'Tải biểu mẫu mới bằng tk13 template, chép số liệu sang rồi gửi lại.' },
    en: { message: 'Form version {found} cannot be read (readable: {expected}).', hint: 'Download a new form with tk13 template, copy the figures into it and resend.' },
  },
  'form-unit-unknown': {
    vi: { message: 'Mã đơn vị {found} không có trong danh mục hành chính nào.', hint: 'Biểu mẫu bị sửa mã đơn vị; tải biểu mẫu mới đúng mã bằng tk13 template --unit <mã> --period {period}.' },
    en: { message: 'Unit code {found} is in no administrative list.', hint: 'The form\'s unit code was altered; download a new form with tk13 template --unit <code> --period {period}.' },
  },
  'form-unit-replaced': {
    vi: { message: 'Đơn vị {found} không còn trong danh mục áp dụng cho kỳ {period}; đã được sắp xếp vào: {expected}.', hint: 'Từ 01/07/2025 báo cáo theo xã mới: tải biểu mẫu cho xã mới bằng tk13 template --unit <mã xã mới> --period {period}.' },
    en: { message: 'Unit {found} is not in the list valid for {period}; it was merged into: {expected}.', hint: 'From 1 July 2025 report as the new commune: download its form with tk13 template --unit <new code> --period {period}.' },
  },
  'form-unit-not-in-list': {
    vi: { message: 'Đơn vị {found} không có trong danh mục hành chính áp dụng cho kỳ {period} (danh mục {list}).', hint: 'Kiểm tra kỳ báo cáo; từ 01/07/2025 không còn cấp huyện. Tải biểu mẫu đúng đơn vị và kỳ bằng tk13 template.' },
    en: { message: 'Unit {found} is not in the administrative list valid for {period} (list {list}).', hint: 'Check the period; there are no districts from 1 July 2025. Download the form for the right unit and period with tk13 template.' },
  },
  'form-unit-level-mismatch': {
    vi: { message: 'Cấp đơn vị ghi trong biểu mẫu ({found}) không khớp danh mục ({expected}) cho mã {unit}.', hint: 'Biểu mẫu bị sửa; tải biểu mẫu mới bằng tk13 template --unit {unit}.' },
    en: { message: 'The form\'s unit level ({found}) does not match the list ({expected}) for code {unit}.', hint: 'The form was altered; download a new one with tk13 template --unit {unit}.' },
  },
  'form-unit-not-expected': {
    vi: { message: 'Biểu mẫu của đơn vị {found}, nhưng đang kiểm tra cho đơn vị {expected}.', hint: 'Kiểm tra đã gửi đúng tệp của đơn vị mình, hoặc bỏ tùy chọn --unit.' },
    en: { message: 'The form belongs to unit {found}, but unit {expected} was expected.', hint: 'Check that this is your unit\'s file, or drop the --unit option.' },
  },
  'form-unit-name-changed': {
    vi: { message: 'Đơn vị ghi trên biểu mẫu "{found}" khác đơn vị của mã ẩn trong biểu mẫu: {expected}. Số liệu được tính cho đơn vị theo mã ẩn.', hint: 'Nếu đây là biểu mẫu của đơn vị khác, tải biểu mẫu đúng bằng tk13 template; không tự sửa tên đơn vị trên biểu mẫu.' },
    en: { message: 'The unit shown on the form "{found}" differs from the unit of the form\'s hidden code: {expected}. The figures count for the unit of the hidden code.', hint: 'If this is another unit\'s form, download the right one with tk13 template; do not edit the unit name on the form.' },
  },
  'form-period-mismatch': {
    vi: { message: 'Kỳ báo cáo ghi trên biểu mẫu ("{found}") khác kỳ của biểu mẫu ({expected}).', hint: 'Không sửa dòng "Kỳ báo cáo"; cần kỳ khác thì tải biểu mẫu mới bằng tk13 template --period <kỳ>.' },
    en: { message: 'The period shown on the form ("{found}") differs from the form\'s period ({expected}).', hint: 'Do not edit the "Kỳ báo cáo" line; for another period download a new form with tk13 template --period <period>.' },
  },
  'form-period-not-expected': {
    vi: { message: 'Biểu mẫu cho kỳ {found}, nhưng đang kiểm tra kỳ {expected}.', hint: 'Gửi biểu mẫu đúng kỳ {expected} (tải bằng tk13 template --period {expected}).' },
    en: { message: 'The form is for period {found}, but {expected} was expected.', hint: 'Send the form for {expected} (get it with tk13 template --period {expected}).' },
  },
  'form-layout-unrecognised': {
    vi: { message: 'Không nhận ra bảng số liệu: không trang nào có cột "{expected}" với các mã số của biểu mẫu.', hint: 'Không xóa cột "Mã số" hay các mã số. Tải biểu mẫu mới bằng tk13 template và chép số liệu sang.' },
    en: { message: 'The data table cannot be recognised: no sheet has the "{expected}" column with the form\'s row codes.', hint: 'Do not delete the "Mã số" column or its codes. Download a new form with tk13 template and copy the figures into it.' },
  },
  'form-layout-fallback': {
    vi: { message: 'Không thấy tiêu đề cột {found}; số liệu được đọc theo vị trí cột ban đầu.', hint: 'Khôi phục tiêu đề cột ({expected}) rồi kiểm tra lại để chắc số được đọc đúng cột.' },
    en: { message: 'Column caption(s) {found} not found; the figures were read from the original column positions.', hint: 'Restore the column captions ({expected}) and validate again to be sure each figure is read from the right column.' },
  },
  'form-row-missing': {
    vi: { message: 'Không thấy dòng có mã số {expected} ({item}).', hint: 'Dòng đã bị xóa hoặc mã số bị sửa; khôi phục dòng từ biểu mẫu gốc (tk13 template).' },
    en: { message: 'No row with code {expected} ({item}).', hint: 'The row was deleted or its code changed; restore it from the original form (tk13 template).' },
  },
  'form-row-duplicate': {
    vi: { message: 'Mã số {expected} xuất hiện nhiều lần ({found}); không biết đọc dòng nào.', hint: 'Xóa dòng chép thừa hoặc sửa lại mã số để mỗi mã chỉ còn một dòng.' },
    en: { message: 'Row code {expected} appears more than once ({found}); cannot tell which row to read.', hint: 'Delete the copied row or fix its code so that each code is on one row only.' },
  },
  'form-value-missing': {
    vi: { message: 'Chưa điền {item} (ô bắt buộc).', hint: 'Ghi số liệu; nếu không có trường hợp nào thì ghi 0. Ô trống nghĩa là "không báo cáo".' },
    en: { message: '{item} is blank (required).', hint: 'Enter the figure; if there are none, enter 0. A blank cell means "not reported".' },
  },
  'form-value-blank': {
    vi: { message: '{item} để trống: được hiểu là "không báo cáo", không phải 0.', hint: 'Nếu không có trường hợp nào, ghi 0.' },
    en: { message: '{item} is blank: read as "not reported", not as 0.', hint: 'If there are none, enter 0.' },
  },
  'form-number-as-text': {
    vi: { message: '{item} được nhập dạng chữ "{found}"; đã đọc là {expected}.', hint: 'Kiểm tra số đọc được là đúng; nên nhập số không có dấu chấm hay khoảng trắng.' },
    en: { message: '{item} was typed as text "{found}"; read as {expected}.', hint: 'Check that this is the right number; type numbers without dots or spaces.' },
  },
  'form-value-not-number': {
    vi: { message: '{item}: "{found}" không phải là số.', hint: 'Chỉ ghi số (0, 1, 2, …), không ghi chữ hay ký hiệu.' },
    en: { message: '{item}: "{found}" is not a number.', hint: 'Enter a number (0, 1, 2, …), not words or symbols.' },
  },
  'form-formula-no-result': {
    vi: { message: '{item} là công thức {found} chưa có kết quả.', hint: 'Mở tệp bằng Excel, để Excel tính xong rồi lưu lại; hoặc ghi thẳng con số thay cho công thức.' },
    en: { message: '{item} holds the formula {found} with no computed result.', hint: 'Open the file in Excel, let it calculate and save it; or type the number instead of the formula.' },
  },
  'form-count-not-whole': {
    vi: { message: '{item}: "{found}" không phải số nguyên.', hint: 'Số người phải là số nguyên (0, 1, 2, …); không ghi số thập phân.' },
    en: { message: '{item}: "{found}" is not a whole number.', hint: 'A number of people is a whole number (0, 1, 2, …); no decimals.' },
  },
  'form-count-negative': {
    vi: { message: '{item}: "{found}" là số âm.', hint: 'Số người không thể âm; ghi 0 nếu không có trường hợp nào.' },
    en: { message: '{item}: "{found}" is negative.', hint: 'A number of people cannot be negative; enter 0 if there are none.' },
  },
  'form-flag-not-binary': {
    vi: { message: '{item}: "{found}" không hợp lệ; chỉ ghi 1 (có) hoặc 0 (không).', hint: 'Ghi 1 nếu có, 0 nếu không.' },
    en: { message: '{item}: "{found}" is not valid; only 1 (yes) or 0 (no).', hint: 'Enter 1 for yes, 0 for no.' },
  },
  'form-total-mismatch': {
    vi: {
      message: 'Ô tổng {cell} ghi {total}, nhưng cộng các ô thành phần tk13 đọc ({parts}) được {sum}. tk13 dùng số của các ô thành phần ({sum}), nên bản giấy đã ký với số {total} sẽ khác số liệu trong cơ sở dữ liệu.',
      hint: 'Sửa cho khớp: hoặc sửa các ô thành phần, hoặc sửa số tổng (tốt nhất để lại công thức tổng của biểu mẫu), rồi ký lại bản giấy nếu số tổng thay đổi. Tệp bị từ chối cho đến khi khớp: bản giấy và cơ sở dữ liệu không được ghi hai số khác nhau.',
    },
    en: {
      message: 'Total cell {cell} holds {total}, but the cells tk13 reads ({parts}) add up to {sum}. tk13 uses the parts ({sum}), so the signed paper copy showing {total} would disagree with the database.',
      hint: 'Make them agree: correct either the parts or the total (best, keep the form\'s total formula), and sign the paper again if the total changes. The file is refused until they agree: the paper copy and the database must not hold two different figures.',
    },
  },
  'form-subtotal-exceeds-total': {
    vi: { message: '{item} = {found} lớn hơn {total_item} = {total} (ô {total_cells}).', hint: 'Số chi tiết không thể lớn hơn số tổng; kiểm tra lại cả hai ô.' },
    en: { message: '{item} = {found} exceeds {total_item} = {total} (cells {total_cells}).', hint: 'A part cannot exceed its total; check both cells.' },
  },
};
