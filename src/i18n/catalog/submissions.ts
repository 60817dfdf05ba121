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
  'file-xls': {
    vi: { message: 'Tệp là sổ Excel 97-2003 (.xls), định dạng cũ mà tk13 không đọc.', hint: 'Excel: mở tệp, chọn Tệp → Lưu thành → kiểu "Sổ làm việc Excel (.xlsx)". LibreOffice: Tệp → Lưu thành → kiểu "Excel 2007-365 (.xlsx)". Gửi tệp .xlsx vừa lưu.' },
    en: { message: 'The file is an Excel 97-2003 workbook (.xls), an old format tk13 does not read.', hint: 'Excel: open it, File → Save As → type "Excel Workbook (.xlsx)". LibreOffice: File → Save As → type "Excel 2007-365 (.xlsx)". Send the .xlsx just saved.' },
  },
  'file-xls-renamed': {
    vi: { message: 'Tệp có đuôi {found} nhưng thực ra là sổ Excel 97-2003 (.xls) bị đổi tên; đổi đuôi không đổi được định dạng.', hint: 'Excel: mở tệp, chọn Tệp → Lưu thành → kiểu "Sổ làm việc Excel (.xlsx)". LibreOffice: Tệp → Lưu thành → kiểu "Excel 2007-365 (.xlsx)". Gửi tệp .xlsx vừa lưu (không chỉ đổi tên tệp).' },
    en: { message: 'The file is named {found} but is really an Excel 97-2003 workbook (.xls) that was renamed; renaming does not change the format.', hint: 'Excel: open it, File → Save As → type "Excel Workbook (.xlsx)". LibreOffice: File → Save As → type "Excel 2007-365 (.xlsx)". Send the .xlsx just saved (renaming the file is not enough).' },
  },
  'file-ods': {
    vi: { message: 'Tệp là bảng tính OpenDocument (.ods, của LibreOffice/OpenOffice), không phải sổ Excel .xlsx.', hint: 'LibreOffice: mở tệp, chọn Tệp → Lưu thành → kiểu "Excel 2007-365 (.xlsx)", chọn "Dùng định dạng Excel 2007-365!" rồi gửi tệp .xlsx vừa lưu.' },
    en: { message: 'The file is an OpenDocument spreadsheet (.ods, from LibreOffice/OpenOffice), not an .xlsx workbook.', hint: 'LibreOffice: open it, File → Save As → type "Excel 2007-365 (.xlsx)", confirm "Use Excel 2007-365!", and send the .xlsx just saved.' },
  },
  'file-html': {
    vi: { message: 'Tệp có đuôi {found} nhưng là trang web (HTML), thường do nút "Xuất Excel" của phần mềm trên mạng tạo ra, không phải sổ Excel thật.', hint: 'Excel: mở tệp, chọn Tệp → Lưu thành → kiểu "Sổ làm việc Excel (.xlsx)". LibreOffice: Tệp → Lưu thành → kiểu "Excel 2007-365 (.xlsx)". Gửi tệp .xlsx vừa lưu. Nếu là biểu mẫu, tốt nhất tải biểu mẫu mới bằng tk13 template và chép số liệu sang.' },
    en: { message: 'The file is named {found} but is a web page (HTML), as "Export to Excel" buttons of web systems make, not a real Excel workbook.', hint: 'Excel: open it, File → Save As → type "Excel Workbook (.xlsx)". LibreOffice: File → Save As → type "Excel 2007-365 (.xlsx)". Send the .xlsx just saved. For a form, best download a new one with tk13 template and copy the figures into it.' },
  },
  'file-xml-spreadsheet': {
    vi: { message: 'Tệp có đuôi {found} nhưng là "Bảng tính XML 2003" của Excel, không phải sổ Excel .xlsx.', hint: 'Excel: mở tệp, chọn Tệp → Lưu thành → kiểu "Sổ làm việc Excel (.xlsx)". LibreOffice: Tệp → Lưu thành → kiểu "Excel 2007-365 (.xlsx)". Gửi tệp .xlsx vừa lưu.' },
    en: { message: 'The file is named {found} but is an Excel "XML Spreadsheet 2003", not an .xlsx workbook.', hint: 'Excel: open it, File → Save As → type "Excel Workbook (.xlsx)". LibreOffice: File → Save As → type "Excel 2007-365 (.xlsx)". Send the .xlsx just saved.' },
  },
  'file-csv-renamed': {
    vi: { message: 'Tệp có đuôi {found} nhưng là tệp văn bản (ví dụ CSV) bị đổi tên, không phải sổ Excel.', hint: 'Sổ theo dõi dạng CSV: đổi lại đuôi tệp thành .csv. Nếu không: mở tệp bằng Excel, chọn Tệp → Lưu thành → "Sổ làm việc Excel (.xlsx)" (LibreOffice: "Excel 2007-365 (.xlsx)") rồi gửi tệp vừa lưu.' },
    en: { message: 'The file is named {found} but is a text file (such as a CSV) that was renamed, not an Excel workbook.', hint: 'A CSV register: rename it back to .csv. Otherwise open it in Excel, File → Save As → "Excel Workbook (.xlsx)" (LibreOffice: "Excel 2007-365 (.xlsx)"), and send the file just saved.' },
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
  'file-skipped-type': {
    vi: { message: 'Bỏ qua {file}: không phải tệp nộp (chỉ đọc .xlsx, .xlsm, .csv, .txt).', hint: 'Nếu đây là số liệu, lưu lại dưới dạng .xlsx hoặc .csv; nếu không, có thể để nguyên.' },
    en: { message: 'Skipped {file}: not a submission (only .xlsx, .xlsm, .csv, .txt are read).', hint: 'If it holds figures, save it as .xlsx or .csv; otherwise it can stay.' },
  },
  'file-skipped-hidden': {
    vi: { message: 'Bỏ qua {file}: tệp hoặc thư mục ẩn (tên bắt đầu bằng dấu chấm).', hint: 'Tệp ẩn do máy tạo ra (như .DS_Store) không phải số liệu; nếu là tệp nộp, đổi tên bỏ dấu chấm đầu.' },
    en: { message: 'Skipped {file}: a hidden file or folder (its name starts with a dot).', hint: 'Hidden files made by the computer (such as .DS_Store) are not data; if it is a submission, rename it without the leading dot.' },
  },
  'file-skipped-office-lock': {
    vi: { message: 'Bỏ qua {file}: tệp khóa tạm của Excel (tệp gốc đang mở).', hint: 'Đóng tệp trong Excel; tệp khóa sẽ tự mất. Tệp gốc vẫn được đọc.' },
    en: { message: 'Skipped {file}: an Excel lock file (the original is open).', hint: 'Close the file in Excel; the lock file goes away. The original is read.' },
  },
  'file-skipped-broken-link': {
    vi: { message: 'Bỏ qua {file}: liên kết (shortcut) trỏ tới tệp không còn tồn tại.', hint: 'Xóa liên kết, hoặc chép chính tệp đó vào thư mục.' },
    en: { message: 'Skipped {file}: a link (shortcut) to a file that no longer exists.', hint: 'Delete the link, or copy the file itself into the folder.' },
  },
  'file-skipped-link-loop': {
    vi: { message: 'Bỏ qua {file}: thư mục này đã được đọc qua một đường dẫn khác (liên kết vòng).', hint: 'Không cần làm gì: mỗi tệp chỉ được đọc một lần. Có thể xóa liên kết thừa.' },
    en: { message: 'Skipped {file}: this folder was already read through another path (a link loop).', hint: 'Nothing to do: each file is read once. The extra link can be deleted.' },
  },
  'file-skipped-not-regular': {
    vi: { message: 'Bỏ qua {file}: không phải tệp thông thường (thiết bị, ống dẫn hoặc socket).', hint: 'Chỉ để tệp .xlsx hoặc .csv trong thư mục nộp.' },
    en: { message: 'Skipped {file}: not a regular file (a device, pipe or socket).', hint: 'Keep only .xlsx or .csv files in the submissions folder.' },
  },
  'file-skipped-other-period-group': {
    vi: {
      message: 'Bỏ qua {count} tệp thuộc kỳ {period}, không thuộc kỳ đang chạy {expected} (trong {folders}).',
      hint: 'Kỳ của tệp đọc từ tên tệp (mã đơn vị_kỳ_loại). Chạy lại với --period {period} để tính kỳ đó; --json liệt kê từng tệp.',
    },
    en: {
      message: 'Skipped {count} files of period {period}, not the period being run, {expected} (in {folders}).',
      hint: 'The period is read from the file name (unit_period_kind). Run again with --period {period} for that period; --json lists every file.',
    },
  },
  'file-skipped-other-period': {
    vi: {
      message: 'Bỏ qua {file}: tệp thuộc kỳ {period}, không thuộc kỳ đang chạy {expected}.',
      hint: 'Kỳ của tệp đọc từ tên tệp (mã đơn vị_kỳ_loại). Chạy lại với --period {period} để tính kỳ đó; nếu tên tệp ghi nhầm kỳ, sửa tên tệp.',
    },
    en: {
      message: 'Skipped {file}: the file belongs to period {period}, not to the period being run, {expected}.',
      hint: 'The period is read from the file name (unit_period_kind). Run again with --period {period} for that period; if the name gives the wrong period, rename the file.',
    },
  },
};
