import type { Catalog } from '../catalog-types.js';

/**
 * Workbooks refused before they are opened, because of what their raw XML holds, and values no real
 * form holds (issue 8, docs/reliability.md).
 */
export const reliabilityMessages: Catalog = {
  'form-count-too-large': {
    vi: { message: '{item}: "{found}" lớn bất thường, không thể là số liệu của một đơn vị (giới hạn {expected}).', hint: 'Kiểm tra lại ô này: có thể gõ thừa chữ số hoặc dán nhầm dữ liệu.' },
    en: { message: '{item}: "{found}" is implausibly large for one unit (limit {expected}).', hint: 'Check this cell: extra digits may have been typed, or the wrong data pasted.' },
  },
  'workbook-too-many-sheets': {
    vi: { message: 'Tệp Excel có quá nhiều trang tính ({found}; giới hạn {expected}).', hint: 'Xóa các trang tính thừa rồi lưu lại, hoặc tải biểu mẫu mới bằng tk13 template và chép số liệu sang.' },
    en: { message: 'The workbook has too many sheets ({found}; limit {expected}).', hint: 'Delete the extra sheets and save again, or download a new form with tk13 template and copy the figures into it.' },
  },
  'workbook-too-many-rows': {
    vi: { message: 'Trang tính "{sheet}" có quá nhiều dòng ({found}; giới hạn {expected}).', hint: 'Xóa các dòng thừa phía dưới bảng (kể cả dòng chỉ có định dạng) rồi lưu lại, hoặc tải biểu mẫu mới bằng tk13 template.' },
    en: { message: 'Sheet "{sheet}" has too many rows ({found}; limit {expected}).', hint: 'Delete the extra rows below the table (formatting only counts too) and save again, or download a new form with tk13 template.' },
  },
  'workbook-too-many-columns': {
    vi: { message: 'Trang tính "{sheet}" dùng quá nhiều cột (đến cột {found}; giới hạn {expected}).', hint: 'Xóa các cột thừa bên phải bảng rồi lưu lại, hoặc tải biểu mẫu mới bằng tk13 template.' },
    en: { message: 'Sheet "{sheet}" uses too many columns (up to column {found}; limit {expected}).', hint: 'Delete the extra columns to the right of the table and save again, or download a new form with tk13 template.' },
  },
  'workbook-too-many-cells': {
    vi: { message: 'Tệp Excel có quá nhiều ô ({found}; giới hạn {expected}).', hint: 'Xóa các vùng dữ liệu hoặc định dạng thừa rồi lưu lại, hoặc tải biểu mẫu mới bằng tk13 template.' },
    en: { message: 'The workbook has too many cells ({found}; limit {expected}).', hint: 'Delete the extra data or formatted ranges and save again, or download a new form with tk13 template.' },
  },
  'workbook-cell-too-long': {
    vi: { message: 'Một ô có nội dung quá dài ({found} ký tự; giới hạn {expected}).', hint: 'Rút ngắn nội dung ô; ô số liệu chỉ ghi một con số.' },
    en: { message: 'A cell holds too much text ({found} characters; limit {expected}).', hint: 'Shorten the cell; a figure cell holds one number only.' },
  },
  'workbook-too-many-strings': {
    vi: { message: 'Bảng chữ dùng chung (sharedStrings) của tệp Excel khai báo hoặc chứa quá nhiều mục ({found}; giới hạn {expected}); tk13 từ chối trước khi đọc.', hint: 'Tệp bất thường (quá lớn hoặc bị sửa); không mở tệp này. Nếu là sổ theo dõi rất lớn, gửi dạng CSV; nếu là biểu mẫu, tải biểu mẫu mới bằng tk13 template và chép số liệu sang.' },
    en: { message: 'The workbook\'s shared strings table declares or holds too many entries ({found}; limit {expected}); tk13 refuses it before reading it.', hint: 'The file is abnormal (too big or crafted); do not open it. A very large register should come as CSV; for a form, download a new one with tk13 template and copy the figures into it.' },
  },
  'workbook-unreadable': {
    vi: { message: 'Không đọc được tệp như một sổ Excel ({found}).', hint: 'Mở tệp bằng Excel, chọn Tệp → Lưu thành → "Sổ làm việc Excel (.xlsx)" (LibreOffice: "Excel 2007-365 (.xlsx)") rồi thử lại.' },
    en: { message: 'The file could not be read as an Excel workbook ({found}).', hint: 'Open it in Excel, File → Save As → "Excel Workbook (.xlsx)" (LibreOffice: "Excel 2007-365 (.xlsx)") and try again.' },
  },
  'workbook-doctype': {
    vi: { message: 'Tệp Excel chứa khai báo DOCTYPE/ENTITY (ở phần {found} của tệp) mà tệp Excel bình thường không có; tk13 từ chối tệp trước khi đọc.', hint: 'Tệp bất thường, có thể bị sửa để tấn công; không mở tệp này, xin đơn vị gửi lại biểu mẫu chuẩn.' },
    en: { message: 'The workbook contains a DOCTYPE/ENTITY declaration (in its part {found}) that no normal Excel file has; tk13 refuses it before reading it.', hint: 'The file is abnormal and may have been crafted as an attack; do not open it, ask the unit for a proper file.' },
  },
};
