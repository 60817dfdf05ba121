import type { Catalog } from '../catalog-types.js';

/** Problems with a submitted file as a whole, before any form or register reader looks inside. */
export const submissionMessages: Catalog = {
  'file-too-large': {
    vi: { message: 'Tệp quá lớn ({found} byte; giới hạn {expected}).', hint: 'Chia sổ thành nhiều tệp nhỏ hơn hoặc kiểm tra xem có gửi nhầm tệp không.' },
    en: { message: 'File too large ({found} bytes; limit {expected}).', hint: 'Split the register into smaller files, or check that this is the right file.' },
  },
  'file-empty': {
    vi: { message: 'Tệp rỗng (0 byte).', hint: 'Gửi lại tệp; có thể tệp bị hỏng khi sao chép.' },
    en: { message: 'The file is empty (0 bytes).', hint: 'Send the file again; it may have been damaged when copied.' },
  },
  'file-type-unsupported': {
    vi: { message: 'Không đọc được loại tệp này.', hint: 'Chỉ nhận biểu mẫu Excel .xlsx và sổ theo dõi .csv hoặc .xlsx. Tệp .xls cũ: mở bằng Excel và "Lưu thành" .xlsx.' },
    en: { message: 'This file type cannot be read.', hint: 'Only .xlsx forms and .csv or .xlsx registers are accepted. An old .xls: open it in Excel and "Save As" .xlsx.' },
  },
  'file-not-zip': {
    vi: { message: 'Tệp có đuôi .xlsx nhưng không phải tệp Excel thật.', hint: 'Mở tệp bằng Excel và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)", hoặc tải biểu mẫu mới bằng tk13 template.' },
    en: { message: 'The file is named .xlsx but is not a real Excel workbook.', hint: 'Open it in Excel and save it as "Excel Workbook (.xlsx)", or download a new form with tk13 template.' },
  },
  'file-corrupt-zip': {
    vi: { message: 'Tệp Excel bị hỏng (không giải nén được).', hint: 'Tệp có thể bị cắt cụt khi gửi qua thư hoặc USB; xin đơn vị gửi lại.' },
    en: { message: 'The Excel file is damaged (cannot be unzipped).', hint: 'It may have been truncated by e-mail or USB copying; ask the unit to send it again.' },
  },
  'file-too-large-uncompressed': {
    vi: { message: 'Tệp Excel khi giải nén quá lớn ({found} byte).', hint: 'Tệp bất thường (có thể là "bom zip"); không mở tệp này, xin đơn vị gửi lại biểu mẫu chuẩn.' },
    en: { message: 'The workbook inflates to too many bytes ({found}).', hint: 'The file is abnormal (possibly a zip bomb); do not open it, ask the unit for a proper form.' },
  },
  'manifest-csv-invalid': {
    vi: { message: 'Không đọc được danh sách nhận hồ sơ {file} như tệp CSV ở dòng {line} ({code}).', hint: 'Mở tệp bằng Excel và "Lưu thành" CSV UTF-8; mỗi dòng hai ô file và received_at, cách nhau bằng dấu , hoặc ;' },
    en: { message: 'Receipt manifest {file} cannot be read as CSV at line {line} ({code}).', hint: 'Open it in Excel and "Save As" CSV UTF-8; each line holds the two cells file and received_at, separated by , or ;' },
  },
  'manifest-date-order-contradiction': {
    vi: { message: 'Danh sách nhận hồ sơ {file}, dòng {line}: ngày {found} ghi theo thứ tự ngày/tháng khác với giá trị {evidence} (dòng {evidenceLine}); không thể biết thời điểm nhận.', hint: 'Ghi mọi thời điểm cùng một dạng dd/mm/yyyy HH:mm (giờ Việt Nam) hoặc 2024-05-20T09:30:00+07:00.' },
    en: { message: 'Receipt manifest {file}, line {line}: the date {found} is written in another day/month order than {evidence} (line {evidenceLine}); the receipt time cannot be known.', hint: 'Write every time the same way: dd/mm/yyyy HH:mm (Vietnam time) or 2024-05-20T09:30:00+07:00.' },
  },
  'manifest-invalid': {
    vi: { message: 'Tệp danh sách thời điểm nhận {file} có lỗi ở dòng {line}: {detail}', hint: 'Tệp cần hai cột file và received_at (cách nhau bằng dấu , hoặc ;); thời điểm dạng 20/05/2024 09:30 (giờ Việt Nam), 20/05/2024, hoặc 2024-05-20T09:30:00+07:00.' },
    en: { message: 'Receipt manifest {file} is invalid at line {line}: {detail}', hint: 'It needs the columns file and received_at (separated by , or ;); times like 20/05/2024 09:30 (Vietnam time), 20/05/2024, or 2024-05-20T09:30:00+07:00.' },
  },
  'district-total-mismatch': {
    vi: {
      message: 'Số liệu huyện {unit} khác tổng các xã: {item} huyện ghi {found}, tổng {reported}/{communes} xã đã nộp là {expected}.',
      hint: 'Đối chiếu biểu của huyện với biểu của từng xã; nếu còn xã chưa nộp, chênh lệch có thể do xã đó.',
    },
    en: {
      message: 'District {unit} differs from the sum of its communes: {item} is {found} on the district form, {expected} summed over the {reported}/{communes} communes that reported.',
      hint: "Compare the district's form with each commune's; a commune that has not reported may explain the gap.",
    },
  },
};
