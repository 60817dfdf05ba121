import type { Catalog } from '../catalog-types.js';

/**
 * Messages of the sector forms (issue 15): `tk13 template --sector`, and the reader of the forms a
 * province department fills. They speak to the department clerk who fills the form: `{template}` is
 * the command that writes a fresh form for the same department, period and province, `{area}` the
 * column (a commune, or "Toàn tỉnh") with its code.
 */
export const sectorFormMessages: Catalog = {
  'template-sector-with-unit': {
    vi: { message: 'Dùng --sector cho biểu của sở, ngành (kèm --province), hoặc --unit cho biểu của xã, huyện; không dùng cả hai cùng lúc.', hint: 'Ví dụ: tk13 template --sector education --period 2024-H1 --province 91.' },
    en: { message: 'Use --sector for a department\'s form (with --province), or --unit for a commune or district form; not both at once.', hint: 'For example: tk13 template --sector education --period 2024-H1 --province 91.' },
  },
  'template-sector-usage': {
    vi: { message: 'Biểu của sở, ngành "{found}" cần cả kỳ báo cáo (--period) và tỉnh (--province).', hint: 'Ví dụ: tk13 template --sector {found} --period 2024-H1 --province 91.' },
    en: { message: 'The form of department "{found}" needs both the period (--period) and the province (--province).', hint: 'For example: tk13 template --sector {found} --period 2024-H1 --province 91.' },
  },
  'sector-unknown': {
    vi: { message: 'Không có sở, ngành nào mang mã hay tên gọi tắt "{found}" trong danh sách sở, ngành báo cáo của tỉnh (templates/sector-forms.yaml).', hint: 'Dùng một trong các mã: {expected}.' },
    en: { message: 'No department in the list of reporting departments (templates/sector-forms.yaml) has the id or short name "{found}".', hint: 'Use one of: {expected}.' },
  },
  'sector-not-due': {
    vi: { message: '{name} ({sector}) không có mục nào phải báo cáo cho kỳ {period}; sở, ngành này chỉ báo cáo cho kỳ: {periods}.', hint: 'Tải biểu cho kỳ sở, ngành báo cáo, ví dụ: tk13 template --sector {sector} --period {periods} --province <mã tỉnh>.' },
    en: { message: '{name} ({sector}) has nothing to report for {period}; this department reports for: {periods}.', hint: 'Get the form of a period it reports for, e.g. tk13 template --sector {sector} --period {periods} --province <code>.' },
  },
  'sector-form-unreadable': {
    vi: { message: 'Không đọc được tệp {file} như một sổ Excel ({found}).', hint: 'Mở tệp bằng Excel, chọn Tệp → Lưu thành → "Sổ làm việc Excel (.xlsx)" (LibreOffice: "Excel 2007-365 (.xlsx)") rồi gửi lại; nếu vẫn lỗi, tải biểu mới bằng {template} và chép số liệu sang.' },
    en: { message: 'The file {file} could not be read as an Excel workbook ({found}).', hint: 'Open it in Excel, File → Save As → "Excel Workbook (.xlsx)" (LibreOffice: "Excel 2007-365 (.xlsx)") and resend; if that fails, get a new form with {template} and copy the figures into it.' },
  },
  'sector-form-meta-missing': {
    vi: {
      message: 'Tệp mang tiêu đề biểu số liệu do sở, ngành cung cấp nhưng thiếu trang ẩn "_meta" (số liệu được chép sang sổ khác, hoặc tệp được lưu bằng chương trình khác), nên không phải một biểu sở, ngành đọc được: không biết biểu của sở, ngành nào, tỉnh nào, kỳ nào, ô nào là số liệu của đơn vị nào.',
      hint: 'Tải biểu mới bằng {template}, chép các con số vào đúng ô rồi gửi tệp đó. Không xóa hay đổi tên các trang ẩn của biểu.',
    },
    en: {
      message: 'The file carries the title of a department\'s form but its hidden "_meta" sheet is missing (the figures were pasted into another workbook, or another program saved it), so it is not a readable sector form: which department, province and period it is for, and which cell holds which area\'s figure, cannot be told.',
      hint: 'Get a new form with {template}, copy the figures into the right cells and send that file. Do not delete or rename the form\'s hidden sheets.',
    },
  },
  'sector-form-meta-invalid': {
    vi: { message: 'Trang ẩn "_meta" của biểu bị sửa hoặc hỏng ở mục {item}.', hint: 'Không sửa trang ẩn "_meta". Tải biểu mới bằng {template} và chép số liệu sang.' },
    en: { message: 'The form\'s hidden "_meta" sheet was edited or is damaged at {item}.', hint: 'Do not edit the hidden "_meta" sheet. Get a new form with {template} and copy the figures into it.' },
  },
  'sector-form-id-unknown': {
    vi: { message: 'Tệp là biểu mẫu "{found}", không phải biểu số liệu do sở, ngành cung cấp "{expected}".', hint: 'Kiểm tra đã gửi đúng tệp; biểu của sở, ngành tải bằng {template}.' },
    en: { message: 'The file is form "{found}", not the department form "{expected}".', hint: 'Check that this is the right file; get the department form with {template}.' },
  },
  'sector-form-version-old': {
    vi: { message: 'Biểu phiên bản cũ ({found}); phiên bản hiện hành là {expected}. Số liệu vẫn đọc được.', hint: 'Kỳ sau hãy tải biểu mới bằng {template}.' },
    en: { message: 'Old form version ({found}); the current version is {expected}. The figures can still be read.', hint: 'Get a new form with {template} for the next report.' },
  },
  'sector-form-version-unknown': {
    vi: { message: 'Phiên bản biểu {found} không đọc được (đọc được: {expected}).', hint: 'Tải biểu mới bằng {template}, chép số liệu sang rồi gửi lại.' },
    en: { message: 'Form version {found} cannot be read (readable: {expected}).', hint: 'Get a new form with {template}, copy the figures into it and resend.' },
  },
  'sector-form-sector-unknown': {
    vi: {
      message: 'Biểu là của sở, ngành "{found}" ({name}), nhưng danh sách sở, ngành báo cáo của tỉnh (templates/sector-forms.yaml) không có mã này (có: {expected}).',
      hint: 'Nếu tỉnh đã thôi giao sở, ngành này báo cáo thì không cần gửi biểu. Nếu vẫn giao, người quản lý tk13 của tỉnh thêm lại sở, ngành vào templates/sector-forms.yaml; hoặc tải biểu đúng mã sở, ngành bằng tk13 template --sector <mã>.',
    },
    en: {
      message: 'The form is from department "{found}" ({name}), but the province\'s list of reporting departments (templates/sector-forms.yaml) has no such id (it has: {expected}).',
      hint: 'If the province no longer asks this department to report, the form need not be sent. Otherwise the province\'s tk13 administrator adds the department back to templates/sector-forms.yaml; or get the form of the right department with tk13 template --sector <id>.',
    },
  },
  'sector-form-item-unknown': {
    vi: { message: 'Dòng mã số {expected} (mục {found}) có trên biểu nhưng tỉnh không còn giao sở, ngành này báo cáo mục đó (templates/sector-forms.yaml); số liệu của dòng không được nhận.', hint: 'Không cần điền dòng này. Nếu tỉnh vẫn cần số liệu này, người quản lý tk13 của tỉnh thêm lại mục vào templates/sector-forms.yaml.' },
    en: { message: 'The row with code {expected} (item {found}) is on the form, but the province no longer asks this department for it (templates/sector-forms.yaml); its figures are not taken.', hint: 'The row need not be filled. If the province still needs it, its tk13 administrator adds the item back to templates/sector-forms.yaml.' },
  },
  'sector-form-item-missing': {
    vi: { message: '{item} phải báo cáo cho kỳ {period} nhưng không có trên biểu (biểu được tạo trước khi tỉnh giao thêm mục này); mục này được hiểu là "không báo cáo".', hint: 'Tải biểu mới bằng {template}, chép số liệu sang và điền thêm mục này.' },
    en: { message: '{item} is due for {period} but is not on the form (it was made before the province added this item); it is read as "not reported".', hint: 'Get a new form with {template}, copy the figures into it and fill in this item too.' },
  },
  'sector-form-province-unknown': {
    vi: { message: 'Mã tỉnh {found} trên biểu không có trong danh mục hành chính áp dụng cho kỳ {period} (danh mục {list}).', hint: 'Biểu bị sửa mã tỉnh, hoặc là biểu của kỳ khác; tải biểu mới bằng tk13 template --sector … --period {period} --province <mã tỉnh>.' },
    en: { message: 'Province code {found} on the form is not in the administrative list valid for {period} (list {list}).', hint: 'The form\'s province code was altered, or it is another period\'s form; get a new one with tk13 template --sector … --period {period} --province <code>.' },
  },
  'sector-form-province-not-expected': {
    vi: { message: 'Biểu của tỉnh {found}, nhưng đang kiểm tra cho đơn vị {expected}.', hint: 'Kiểm tra đã gửi đúng tệp của tỉnh mình, hoặc bỏ tùy chọn --unit.' },
    en: { message: 'The form belongs to province {found}, but unit {expected} was expected.', hint: 'Check that this is your province\'s file, or drop the --unit option.' },
  },
  'sector-form-period-mismatch': {
    vi: { message: 'Kỳ báo cáo ghi trên biểu ("{found}") khác kỳ của biểu ({expected}).', hint: 'Không sửa dòng "Kỳ báo cáo"; cần biểu cho kỳ khác thì tải biểu mới bằng tk13 template với --period của kỳ đó.' },
    en: { message: 'The period shown on the form ("{found}") differs from the form\'s period ({expected}).', hint: 'Do not edit the "Kỳ báo cáo" line; for another period get a new form with tk13 template and that --period.' },
  },
  'sector-form-period-not-expected': {
    vi: { message: 'Biểu cho kỳ {found}, nhưng đang kiểm tra kỳ {expected}.', hint: 'Gửi biểu đúng kỳ {expected} (tải bằng tk13 template --period {expected}, cùng --sector và --province như biểu này).' },
    en: { message: 'The form is for period {found}, but {expected} was expected.', hint: 'Send the form for {expected} (get it with tk13 template --period {expected} and this form\'s --sector and --province).' },
  },
  'sector-form-layout-unrecognised': {
    vi: { message: 'Không nhận ra bảng số liệu: không trang nào có "{expected}" với các mã của biểu.', hint: 'Không xóa cột "Mã số", dòng "Mã đơn vị hành chính" hay các mã trong đó. Tải biểu mới bằng {template} và chép số liệu sang.' },
    en: { message: 'The data table cannot be recognised: no sheet has "{expected}" with the form\'s codes.', hint: 'Do not delete the "Mã số" column, the "Mã đơn vị hành chính" row or the codes in them. Get a new form with {template} and copy the figures into it.' },
  },
  'sector-form-row-missing': {
    vi: { message: 'Không thấy dòng có mã số {expected} ({item}).', hint: 'Dòng đã bị xóa hoặc mã số bị sửa; khôi phục dòng từ biểu gốc ({template}).' },
    en: { message: 'No row with code {expected} ({item}).', hint: 'The row was deleted or its code changed; restore it from the original form ({template}).' },
  },
  'sector-form-row-duplicate': {
    vi: { message: 'Mã số {expected} xuất hiện nhiều lần ({found}); không biết đọc dòng nào.', hint: 'Xóa dòng chép thừa hoặc sửa lại mã số để mỗi mã chỉ còn một dòng.' },
    en: { message: 'Row code {expected} appears more than once ({found}); cannot tell which row to read.', hint: 'Delete the copied row or fix its code so that each code is on one row only.' },
  },
  'sector-form-area-unknown': {
    vi: { message: 'Dòng "Mã đơn vị hành chính" ghi mã "{found}" ở ô {cell}, không phải mã của tỉnh hay của một xã, phường trên biểu; không biết số liệu cột này là của đơn vị nào.', hint: 'Ghi lại đúng mã của cột (xem biểu gốc: {template}), hoặc xóa cột chèn thêm. Số liệu của một đơn vị chỉ ghi vào cột mang mã của đơn vị đó.' },
    en: { message: 'The "Mã đơn vị hành chính" row holds code "{found}" at {cell}, which is neither the province nor a commune of the form; whose figures that column holds cannot be told.', hint: 'Put back the column\'s right code (see the original form: {template}), or delete the inserted column. An area\'s figures go only in the column carrying its code.' },
  },
  'sector-form-area-duplicate': {
    vi: { message: 'Mã đơn vị {expected} ({area}) có ở nhiều cột ({found}); không biết đọc cột nào, nên số liệu của đơn vị này không được nhận.', hint: 'Xóa cột chép thừa hoặc sửa lại mã để mỗi đơn vị chỉ còn một cột.' },
    en: { message: 'Area code {expected} ({area}) heads more than one column ({found}); cannot tell which to read, so this area\'s figures are not taken.', hint: 'Delete the copied column or fix its code so that each area has one column only.' },
  },
  'sector-form-areas-missing': {
    vi: { message: 'Không thấy cột của {count} đơn vị: {areas}. Số liệu của các đơn vị này được hiểu là "không báo cáo".', hint: 'Cột đã bị xóa hoặc mã trong dòng "Mã đơn vị hành chính" bị sửa. Nếu sở, ngành có số liệu của các đơn vị này, khôi phục cột từ biểu gốc ({template}) rồi điền số.' },
    en: { message: 'No column for {count} area(s): {areas}. Their figures are read as "not reported".', hint: 'The columns were deleted or their codes in the "Mã đơn vị hành chính" row changed. If the department has these areas\' figures, restore the columns from the original form ({template}) and fill them in.' },
  },
  'sector-form-values-blank': {
    vi: { message: '{item}: {count} ô để trống ({areas}), được hiểu là "không báo cáo", không phải 0.', hint: 'Đơn vị không có trường hợp nào thì ghi 0; chỉ để trống khi sở, ngành không có số liệu của đơn vị đó.' },
    en: { message: '{item}: {count} blank cell(s) ({areas}), read as "not reported", not as 0.', hint: 'Enter 0 where an area has none; leave a cell blank only when the department has no figure for that area.' },
  },
  'sector-form-number-as-text': {
    vi: { message: '{item}, cột {area}: số được nhập dạng chữ "{found}"; đã đọc là {expected}.', hint: 'Kiểm tra số đọc được là đúng; nên nhập số không có dấu chấm hay khoảng trắng.' },
    en: { message: '{item}, column {area}: the number was typed as text "{found}"; read as {expected}.', hint: 'Check that this is the right number; type numbers without dots or spaces.' },
  },
  'sector-form-value-not-number': {
    vi: { message: '{item}, cột {area}: "{found}" không phải là số.', hint: 'Chỉ ghi số (0, 1, 2, …), không ghi chữ hay ký hiệu; không có số liệu thì để trống.' },
    en: { message: '{item}, column {area}: "{found}" is not a number.', hint: 'Enter a number (0, 1, 2, …), not words or symbols; leave the cell blank when there is no figure.' },
  },
  'sector-form-formula-no-result': {
    vi: { message: '{item}, cột {area}: công thức {found} chưa có kết quả.', hint: 'Mở tệp bằng Excel, để Excel tính xong rồi lưu lại; hoặc ghi thẳng con số thay cho công thức.' },
    en: { message: '{item}, column {area}: the formula {found} has no computed result.', hint: 'Open the file in Excel, let it calculate and save it; or type the number instead of the formula.' },
  },
  'sector-form-count-not-whole': {
    vi: { message: '{item}, cột {area}: "{found}" không phải số nguyên.', hint: 'Số liệu của biểu là số đếm, phải là số nguyên (0, 1, 2, …); không ghi số thập phân.' },
    en: { message: '{item}, column {area}: "{found}" is not a whole number.', hint: 'The form\'s figures are counts: whole numbers (0, 1, 2, …), no decimals.' },
  },
  'sector-form-count-negative': {
    vi: { message: '{item}, cột {area}: "{found}" là số âm.', hint: 'Số đếm không thể âm; ghi 0 nếu không có trường hợp nào.' },
    en: { message: '{item}, column {area}: "{found}" is negative.', hint: 'A count cannot be negative; enter 0 if there are none.' },
  },
  'sector-form-count-too-large': {
    vi: { message: '{item}, cột {area}: "{found}" lớn bất thường, không thể là số liệu của một tỉnh (giới hạn {expected}).', hint: 'Kiểm tra lại ô này: có thể gõ thừa chữ số hoặc dán nhầm dữ liệu.' },
    en: { message: '{item}, column {area}: "{found}" is implausibly large for a province (limit {expected}).', hint: 'Check this cell: extra digits may have been typed, or the wrong data pasted.' },
  },
  'sector-form-total-mismatch': {
    vi: {
      message: 'Ô "Toàn tỉnh" {cell} của {item} ghi {total}, nhưng cộng số của {count} xã, phường trên cùng dòng được {sum}. tk13 dùng số của từng xã ({sum}), nên bản giấy đã ký với số {total} sẽ khác số liệu trong cơ sở dữ liệu.',
      hint: 'Sửa cho khớp: hoặc sửa số của các xã, hoặc sửa số tổng (tốt nhất để lại công thức tổng của biểu), rồi ký lại bản giấy nếu số tổng thay đổi. Tệp bị từ chối cho đến khi khớp: bản giấy và cơ sở dữ liệu không được ghi hai số khác nhau.',
    },
    en: {
      message: 'The "Toàn tỉnh" cell {cell} of {item} holds {total}, but the {count} communes on the same row add up to {sum}. tk13 uses the communes\' figures ({sum}), so the signed paper copy showing {total} would disagree with the database.',
      hint: 'Make them agree: correct either the communes or the total (best, keep the form\'s total formula), and sign the paper again if the total changes. The file is refused until they agree: the paper copy and the database must not hold two different figures.',
    },
  },
  'sector-form-total-without-parts': {
    vi: {
      message: 'Ô "Toàn tỉnh" {cell} của {item} ghi {total}, nhưng mọi ô của các xã, phường trên dòng này để trống: tk13 nhận mục này theo từng xã, nên số {total} sẽ không được ghi nhận.',
      hint: 'Ghi số của từng xã, phường (cột "Toàn tỉnh" tự cộng); các chỉ tiêu dùng mục này tính theo từng xã, nên chỉ có số toàn tỉnh thì không dùng được. Nếu sở, ngành chưa có số theo xã, để trống cả dòng: số của xã tự báo cáo (biểu 01/TK13) sẽ được dùng.',
    },
    en: {
      message: 'The "Toàn tỉnh" cell {cell} of {item} holds {total}, but every commune cell on this row is blank: tk13 takes this item by commune, so {total} would not be recorded.',
      hint: 'Enter each commune\'s figure (the "Toàn tỉnh" column adds them up); the indicators using this item work commune by commune, so a province figure alone cannot be used. If the department has no figures by commune, leave the whole row blank: the communes\' own figures (form 01/TK13) are used.',
    },
  },
};
