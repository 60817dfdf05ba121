import type { Catalog } from '../catalog-types.js';

const NAMING = '<mã đơn vị>_<kỳ>_<loại sổ>.csv, ví dụ 30280_2024-H1_abuse-cases.csv';
const NAMING_EN = '<unit>_<period>_<kind>.csv, e.g. 30280_2024-H1_abuse-cases.csv';

/** Messages of the register reader (abuse-cases and sanctions, CSV and xlsx). */
export const registerMessages: Catalog = {
  'register-nul-byte': {
    vi: { message: 'Tệp chứa ký tự NUL (dòng {line}): đây không phải tệp CSV văn bản.', hint: 'Mở sổ bằng Excel và "Lưu thành" CSV UTF-8, hoặc gửi tệp .xlsx.' },
    en: { message: 'The file holds a NUL character (line {line}): it is not a CSV text file.', hint: 'Open the register in Excel and "Save As" CSV UTF-8, or send the .xlsx.' },
  },
  'register-encoding-invalid': {
    vi: { message: 'Dòng {line} có ký tự không đọc được theo bảng mã {expected}.', hint: 'Tệp có thể bị hỏng khi sao chép. Mở bằng Excel, sửa chữ bị lỗi ở dòng này rồi lưu thành CSV UTF-8.' },
    en: { message: 'Line {line} holds bytes that are not valid {expected}.', hint: 'The file may have been damaged when copied. Open it in Excel, fix the garbled text on that line and save as CSV UTF-8.' },
  },
  'register-csv-quote-unclosed': {
    vi: { message: 'Dấu ngoặc kép mở ở dòng {line} không được đóng: phần còn lại của tệp không đọc được.', hint: 'Thêm dấu " đóng ở cuối ô, hoặc xoá dấu " thừa ở đầu ô.' },
    en: { message: 'A quote opened on line {line} is never closed: the rest of the file cannot be read.', hint: 'Add the closing " at the end of the cell, or remove the stray " at its start.' },
  },
  'register-csv-field-count': {
    vi: { message: 'Dòng có số ô khác với dòng tiêu đề.', hint: 'Kiểm tra dấu phân cách (, hoặc ;) trong ô: ô có dấu phân cách phải đặt trong ngoặc kép.' },
    en: { message: 'The line has a different number of cells than the header.', hint: 'Check for separators (, or ;) inside cells: such a cell must be quoted.' },
  },
  'register-too-many-rows': {
    vi: { message: 'Sổ có quá nhiều dòng (giới hạn số dòng).', hint: 'Chia sổ thành nhiều tệp; sổ Excel lớn hãy lưu thành CSV UTF-8.' },
    en: { message: 'The register has too many rows (row limit).', hint: 'Split it into several files; save a large Excel register as CSV UTF-8.' },
  },
  'register-too-many-cells': {
    vi: { message: 'Sổ Excel có quá nhiều ô (giới hạn số ô của tệp .xlsx).', hint: 'Lưu sổ thành CSV UTF-8 rồi gửi tệp CSV, hoặc chia thành nhiều tệp.' },
    en: { message: 'The Excel register has too many cells (xlsx cell limit).', hint: 'Save it as CSV UTF-8 and send the CSV, or split it into several files.' },
  },
  'register-too-many-columns': {
    vi: { message: 'Sổ có quá nhiều cột (giới hạn số cột).', hint: 'Chỉ giữ các cột của mẫu sổ (tk13 template --register).' },
    en: { message: 'The register has too many columns (column limit).', hint: 'Keep only the template columns (tk13 template --register).' },
  },
  'register-cell-too-long': {
    vi: { message: 'Ô {column} quá dài (giới hạn số ký tự một ô).', hint: 'Rút gọn nội dung ô; sổ chỉ cần mã và giá trị ngắn.' },
    en: { message: 'Cell {column} is too long (cell length limit).', hint: 'Shorten it; a register needs only codes and short values.' },
  },
  'register-xlsx-unreadable': {
    vi: { message: 'Không đọc được tệp Excel ({detail}).', hint: 'Mở tệp bằng Excel, lưu lại dạng .xlsx rồi gửi lại; hoặc gửi sổ dạng CSV.' },
    en: { message: 'The Excel file cannot be read ({detail}).', hint: 'Open it in Excel, save it again as .xlsx and resend; or send the register as CSV.' },
  },
  'register-legacy-encoding-converted': {
    vi: {
      message: 'Văn bản gõ bằng bảng mã {found}, đã chuyển sang Unicode ({words} từ tiếng Việt nhận ra theo bảng mã này).',
      hint: 'Không cần làm gì: các số liệu đã được đọc như từ tệp Unicode. Lần sau nên gõ bằng bảng mã Unicode (Unikey: Bảng mã Unicode, phông Times New Roman hoặc Arial), hoặc chuyển tệp bằng Unikey Toolkit ("Công cụ chuyển mã", nguồn {found}, đích Unicode).',
    },
    en: {
      message: 'The text is typed in the legacy {found} encoding and was converted to Unicode ({words} Vietnamese words recognised in that encoding).',
      hint: 'Nothing to do: the figures are read as from a Unicode file. Next time type in Unicode (Unikey: Unicode charset, Times New Roman or Arial), or convert the file with Unikey Toolkit ("Công cụ chuyển mã", source {found}, destination Unicode).',
    },
  },
  'register-legacy-encoding-unsure': {
    vi: {
      message: 'Văn bản có vẻ gõ bằng bảng mã cũ {found} (phông .VnTime hoặc VNI-Times) nhưng không đủ chắc để tự chuyển: chữ tiếng Việt trong sổ có thể không đọc được.',
      hint: 'Chuyển sổ sang Unicode bằng Unikey: bấm chuột phải vào biểu tượng Unikey, chọn "Công cụ chuyển mã" (Unikey Toolkit), Nguồn: {found}, Đích: Unicode, chuyển văn bản của sổ; rồi trong Excel "Lưu thành" CSV UTF-8 và gửi lại.',
    },
    en: {
      message: 'The text looks typed in the legacy {found} encoding (.VnTime or VNI-Times fonts), but not surely enough to convert it: Vietnamese text in the register may not be read.',
      hint: 'Convert the register to Unicode with Unikey: right-click the Unikey icon, open "Công cụ chuyển mã" (Unikey Toolkit), Source: {found}, Destination: Unicode, convert the register\'s text; then in Excel "Save As" CSV UTF-8 and send it again.',
    },
  },
  'register-rows-above-header': {
    vi: {
      message: 'Các dòng {rows} phía trên dòng tên cột (dòng {header}) là tên sổ hay dòng ghi chú, không phải dữ liệu: đã bỏ qua.',
      hint: 'Không cần làm gì nếu đó là tên sổ, tên đơn vị hay dòng trống. Nếu có dữ liệu ở đó, hãy chuyển xuống dưới dòng tên cột.',
    },
    en: {
      message: 'Rows {rows} above the header row (row {header}) are a title or notes, not data: skipped.',
      hint: 'Nothing to do if they are a title, the unit\'s name or blank lines. If they hold data, move it below the header row.',
    },
  },
  'register-total-row-skipped': {
    vi: {
      message: 'Dòng tổng cộng dưới phần dữ liệu không phải một vụ việc: đã bỏ qua, không tính vào số liệu.',
      hint: 'Không cần làm gì: tk13 tự cộng từ các dòng vụ việc. Có thể xoá dòng tổng trước khi gửi.',
    },
    en: {
      message: 'The total line below the data is not a case: skipped, not counted.',
      hint: 'Nothing to do: tk13 adds up the case rows itself. You may delete the total line before sending.',
    },
  },
  'register-header-missing': {
    vi: { message: 'Không tìm thấy dòng tiêu đề cột của sổ.', hint: 'Dòng đầu tiên phải là tên các cột như trong mẫu (tk13 template --register).' },
    en: { message: 'No header row found.', hint: 'The first row must name the columns as in the template (tk13 template --register).' },
  },
  'register-empty': {
    vi: { message: 'Sổ không có dòng dữ liệu nào.', hint: 'Nếu trong kỳ không có vụ việc nào thì không cần làm gì; nếu có, hãy ghi vào sổ.' },
    en: { message: 'The register has no data rows.', hint: 'Nothing to do if there was nothing to record in the period; otherwise fill it in.' },
  },
  'register-column-unknown': {
    vi: { message: 'Cột "{found}" không thuộc mẫu sổ và bị bỏ qua.', hint: 'Kiểm tra tên cột có gõ sai không; cột thêm vào sẽ không được lưu.' },
    en: { message: 'Column "{found}" is not part of the register and is ignored.', hint: 'Check the column name for typos; extra columns are not stored.' },
  },
  'personal-data-column-dropped': {
    vi: { message: 'Cột "{found}" chứa thông tin nhận dạng cá nhân: đã bỏ, không đọc và không lưu.', hint: 'Xoá cột này khỏi sổ trước khi gửi; không gửi họ tên, số định danh, địa chỉ hay số điện thoại.' },
    en: { message: 'Column "{found}" identifies a person: dropped, not read and not stored.', hint: 'Delete this column before sending; never send names, ID numbers, addresses or phone numbers.' },
  },
  'register-column-duplicate': {
    vi: { message: 'Cột "{found}" trùng với cột "{first}".', hint: 'Giữ một cột, xoá cột kia.' },
    en: { message: 'Column "{found}" repeats column "{first}".', hint: 'Keep one of them and delete the other.' },
  },
  'register-column-missing': {
    vi: { message: 'Thiếu cột bắt buộc "{expected}".', hint: 'Thêm cột này vào dòng tiêu đề (tên như trong mẫu sổ).' },
    en: { message: 'Required column "{expected}" ({item}) is missing.', hint: 'Add it to the header row, named as in the template.' },
  },
  'register-value-missing': {
    vi: { message: 'Ô {column} bỏ trống nhưng bắt buộc phải ghi.', hint: 'Ghi giá trị vào ô này.' },
    en: { message: 'Cell {column} is empty but required.', hint: 'Fill in this cell.' },
  },
  'register-date-invalid': {
    vi: { message: 'Ô {column} không phải ngày hợp lệ.', hint: 'Ghi ngày dạng dd/mm/yyyy, ví dụ 05/03/2024; kiểm tra ngày có trong tháng không (vd không có 31/02).' },
    en: { message: 'Cell {column} is not a valid date.', hint: 'Write the date as dd/mm/yyyy, e.g. 05/03/2024; check the day exists in that month (no 31/02).' },
  },
  'register-code-unknown': {
    vi: { message: 'Ô {column} có giá trị không nằm trong danh sách.', hint: 'Chọn giá trị trong danh sách (xem trang "Hướng dẫn" của mẫu sổ); nhiều giá trị cách nhau bằng dấu ;' },
    en: { message: 'Cell {column} holds a value that is not in its list.', hint: 'Pick values from the list (see the template\'s "Hướng dẫn" sheet); separate several values with ;' },
  },
  'register-yes-no-invalid': {
    vi: { message: 'Ô {column} phải là Có hoặc Không.', hint: 'Ghi Có hoặc Không (cũng nhận 1/0, x, yes/no).' },
    en: { message: 'Cell {column} must be yes or no.', hint: 'Write Có or Không (1/0, x, yes/no are also accepted).' },
  },
  'register-number-negative': {
    vi: { message: 'Ô {column} ghi số âm (dạng {mark}: dấu trừ trước hoặc sau số, hoặc số trong ngoặc đơn, là số âm trong Excel); số tiền và số lượng không thể âm.', hint: 'Ghi số không âm, ví dụ 1.500.000; nếu ô được định dạng kiểu kế toán, hãy bỏ dấu trừ hoặc ngoặc đơn.' },
    en: { message: 'Cell {column} holds a negative number (written {mark}: a minus before or after the number, or parentheses, is negative in Excel); an amount or a count cannot be negative.', hint: 'Write a number 0 or more, e.g. 1.500.000; if the cell has an accounting format, remove the minus or the parentheses.' },
  },
  'register-number-not-whole': {
    vi: { message: 'Ô {column} có phần thập phân (đọc theo cách ghi số của Việt Nam là {read}: dấu phẩy là dấu thập phân, dấu chấm ngăn cách hàng nghìn); ô này phải là số nguyên.', hint: 'Ghi số nguyên, hàng nghìn ngăn cách bằng dấu chấm, ví dụ 1.500.000 (không ghi 1,500,000 kiểu Mỹ với một dấu phẩy như 1,500).' },
    en: { message: 'Cell {column} has a fractional part (read the Vietnamese way as {read}: comma marks decimals, dot groups thousands); it must be a whole number.', hint: 'Write a whole number with dots grouping thousands, e.g. 1.500.000 (not US style with one comma such as 1,500).' },
  },
  'register-invisible-character': {
    vi: { message: 'Ô {column} có ký tự ẩn {found}: đã bỏ ký tự này ({cells} ô của cột).', hint: 'Không cần làm gì. Ký tự ẩn thường có khi dán từ Zalo, trang web hay Word; lần sau hãy dán "chỉ giá trị" (Paste Values) hoặc gõ lại.' },
    en: { message: 'Cell {column} holds the hidden character {found}: it was removed ({cells} cells of the column).', hint: 'Nothing to do. Hidden characters come from pasting from Zalo, web pages or Word; next time paste values only or type the value.' },
  },
  'register-date-order-month-first': {
    vi: { message: 'Cột {column} ghi ngày theo thứ tự tháng/ngày/năm (như Excel cài đặt vùng Mỹ): giá trị {found} chỉ đọc được theo thứ tự này ({reading}). Cả cột được đọc theo tháng/ngày/năm.', hint: 'Kiểm tra vài ngày của cột. Lần sau hãy đặt Windows/Excel ở vùng Việt Nam hoặc định dạng ngày dd/mm/yyyy trước khi lưu CSV.' },
    en: { message: 'Column {column} writes dates month/day/year (as Excel set to a US region does): the value {found} only reads that way ({reading}). The whole column is read month/day/year.', hint: 'Check a few dates of the column. Next time set Windows/Excel to the Vietnam region or format dates as dd/mm/yyyy before saving the CSV.' },
  },
  'register-date-order-doubtful': {
    vi: { message: 'Cột {column}: không chắc thứ tự ngày/tháng. Giá trị {found} đọc là {monthFirst} nếu theo tháng/ngày/năm, hoặc {dayFirst} nếu theo ngày/tháng/năm; không giá trị nào của cột chỉ đọc được một cách. Ngày ghi không có số 0 đứng đầu (như 3/5/2024) là cách Excel vùng Mỹ ghi tháng/ngày/năm (Excel vùng Việt Nam ghi dd/mm/yyyy, như 03/05/2024), nên cả cột được đọc theo tháng/ngày/năm ({monthFirst}).', hint: 'Kiểm tra một ngày của cột với sổ giấy. Nếu ngày đúng là ngày/tháng/năm, hãy ghi lại cột dạng dd/mm/yyyy có số 0 (03/05/2024) rồi gửi lại.' },
    en: { message: 'Column {column}: the day/month order is in doubt. The value {found} reads {monthFirst} month-first or {dayFirst} day-first, and no value of the column reads only one way. Dates without leading zeros (like 3/5/2024) are how Excel set to a US region writes month/day/year (Vietnamese Excel writes dd/mm/yyyy, like 03/05/2024), so the column is read month-first ({monthFirst}).', hint: 'Check one date of the column against the paper register. If the dates are day-first, rewrite the column as dd/mm/yyyy with leading zeros (03/05/2024) and resend.' },
  },
  'register-date-order-like-column': {
    vi: { message: 'Cột {column}: giá trị như {found} đọc được cả hai thứ tự ngày/tháng; cột được đọc theo {order} ({reading}) như cột "{other}" của cùng tệp, nơi giá trị {evidence} chỉ đọc được theo thứ tự đó.', hint: 'Kiểm tra vài ngày của cột với sổ giấy; nếu sai, ghi lại cột dạng dd/mm/yyyy rồi gửi lại.' },
    en: { message: 'Column {column}: values such as {found} read both ways; the column is read {order} ({reading}) like column "{other}" of the same file, where the value {evidence} reads only that way.', hint: 'Check a few dates of the column against the paper register; if wrong, rewrite the column as dd/mm/yyyy and resend.' },
  },
  'register-date-order-contradiction': {
    vi: { message: 'Ô {column} ghi ngày {found} theo thứ tự khác với cả cột: cột được đọc theo {expected} (xác định từ giá trị {evidence}, dòng {evidenceLine}), còn {found} chỉ đọc được theo thứ tự kia.', hint: 'Các ngày trong một cột phải cùng một thứ tự. Sửa ngày sai (ghi dạng dd/mm/yyyy) rồi gửi lại.' },
    en: { message: 'Cell {column} holds the date {found} in another order than its column: the column is read {expected} (settled by the value {evidence}, line {evidenceLine}), while {found} reads only the other way.', hint: 'All dates of a column must be in one order. Correct the wrong date (as dd/mm/yyyy) and resend.' },
  },
  'register-integer-invalid': {
    vi: { message: 'Ô {column} phải là số nguyên không âm.', hint: 'Ghi số đồng, không có phần thập phân, ví dụ 1.500.000; để trống nếu không phạt tiền.' },
    en: { message: 'Cell {column} must be a whole number, 0 or more.', hint: 'Write the amount in đồng without decimals, e.g. 1.500.000; leave it empty when there is no fine.' },
  },
  'register-child-id-looks-like-id-number': {
    vi: { message: 'Mã trẻ em trông như số CMND/CCCD (9 hoặc 12 chữ số). Không nhắc lại giá trị để bảo vệ trẻ.', hint: 'Thay bằng mã số do xã đặt (ví dụ TE-0001); không ghi số định danh của trẻ.' },
    en: { message: 'The child id looks like a national ID number (9 or 12 digits). The value is not repeated, to protect the child.', hint: 'Replace it with a code the commune assigns (e.g. TE-0001); never write the child\'s ID number.' },
  },
  'register-child-id-looks-like-name': {
    vi: { message: 'Mã trẻ em trông như họ tên người. Không nhắc lại giá trị để bảo vệ trẻ.', hint: 'Thay bằng mã số do xã đặt (ví dụ TE-0001); không ghi tên trẻ.' },
    en: { message: 'The child id looks like a person\'s name. The value is not repeated, to protect the child.', hint: 'Replace it with a code the commune assigns (e.g. TE-0001); never write the child\'s name.' },
  },
  'register-commune-unknown': {
    vi: { message: 'Mã xã {found} không có trong danh mục hành chính áp dụng cho kỳ báo cáo (danh mục {list}).', hint: 'Kiểm tra mã xã (5 chữ số) theo danh mục của kỳ báo cáo.' },
    en: { message: 'Commune code {found} is not in the administrative list valid for the period (list {list}).', hint: 'Check the 5-digit commune code against the list valid for the period.' },
  },
  'register-commune-not-commune': {
    vi: { message: 'Mã {found} là mã huyện hoặc tỉnh, không phải mã xã.', hint: 'Ghi mã của xã nơi xảy ra vụ việc (5 chữ số).' },
    en: { message: 'Code {found} is a district or province, not a commune.', hint: 'Write the code of the commune concerned (5 digits).' },
  },
  'register-commune-split': {
    vi: { message: 'Xã cũ {found} đã được chia vào nhiều xã mới từ 01/07/2025; không tự chuyển được.', hint: 'Ghi mã xã mới đúng nơi xảy ra, một trong: {expected}.' },
    en: { message: 'Former commune {found} was split between several new communes on 01/07/2025; it cannot be mapped automatically.', hint: 'Write the code of the right new commune, one of: {expected}.' },
  },
  'register-commune-outside-unit': {
    vi: { message: 'Xã {found} không thuộc đơn vị nộp {expected}.', hint: 'Mỗi đơn vị chỉ ghi vụ việc của xã mình (hoặc các xã thuộc huyện mình); kiểm tra mã xã hoặc mã đơn vị nộp.' },
    en: { message: 'Commune {found} does not lie within the submitting unit {expected}.', hint: 'A unit records only its own communes; check the commune code or the submitting unit.' },
  },
  'commune-code-mapped': {
    vi: { message: 'Mã xã cũ {found} đã được chuyển sang mã xã mới {expected} ({rows} dòng).', hint: 'Không cần làm gì; lần sau nên dùng mã xã mới.' },
    en: { message: 'Former commune code {found} was mapped to the new commune {expected} ({rows} rows).', hint: 'Nothing to do; use the new code next time.' },
  },
  'register-date-too-early': {
    vi: { message: 'Ngày ở ô {column} quá sớm, không hợp lý.', hint: 'Kiểm tra năm (4 chữ số) và thứ tự ngày/tháng/năm.' },
    en: { message: 'The date in {column} is implausibly early.', hint: 'Check the year (4 digits) and the day/month/year order.' },
  },
  'register-date-after-receipt': {
    vi: { message: 'Ngày ở ô {column} sau ngày nhận báo cáo.', hint: 'Ngày không thể ở tương lai; kiểm tra thứ tự ngày/tháng/năm.' },
    en: { message: 'The date in {column} is after the day the report was received.', hint: 'It cannot lie in the future; check the day/month/year order.' },
  },
  'register-birth-after-detection': {
    vi: { message: 'Ngày sinh sau ngày phát hiện vụ việc.', hint: 'Kiểm tra ngày sinh và ngày phát hiện.' },
    en: { message: 'The birth date is after the detection date.', hint: 'Check both dates.' },
  },
  'register-not-a-child': {
    vi: { message: 'Người này đã đủ {found} tuổi khi phát hiện, không còn là trẻ em (dưới 16 tuổi, Luật Trẻ em 2016).', hint: 'Kiểm tra ngày sinh; người từ 16 tuổi trở lên không ghi vào sổ này.' },
    en: { message: 'This person was {found} at detection, not a child (under 16, Law on Children 2016).', hint: 'Check the birth date; people aged 16 or more do not belong in this register.' },
  },
  'register-duplicate-record': {
    vi: { message: 'Dòng này trùng với dòng {first} (cùng {column}).', hint: 'Mỗi trẻ trong một vụ việc chỉ ghi một dòng; xoá dòng trùng nếu ghi nhầm.' },
    en: { message: 'This row repeats row {first} (same {column}).', hint: 'One row per child per case (per violator per decision); delete the copy if it is a mistake.' },
  },
  'register-kind-missing': {
    vi: { message: 'Không biết đây là sổ loại nào (abuse-cases hay sanctions).', hint: `Đặt tên tệp theo dạng ${NAMING}, hoặc dùng --kind.` },
    en: { message: 'The register kind (abuse-cases or sanctions) is not known.', hint: `Name the file ${NAMING_EN}, or pass --kind.` },
  },
  'register-kind-invalid': {
    vi: { message: 'Loại sổ "{found}" không hợp lệ.', hint: 'Loại sổ là abuse-cases (vụ việc xâm hại) hoặc sanctions (xử phạt).' },
    en: { message: 'Register kind "{found}" is not valid.', hint: 'The kind is abuse-cases or sanctions.' },
  },
  'register-kind-conflict': {
    vi: { message: 'Loại sổ ghi khác nhau: "{found}" ({foundIn}) và "{expected}" ({expectedIn}).', hint: 'Sửa tên tệp hoặc trang _meta cho khớp.' },
    en: { message: 'Two kinds are given: "{found}" ({foundIn}) and "{expected}" ({expectedIn}).', hint: 'Make the file name and the _meta sheet agree.' },
  },
  'register-period-missing': {
    vi: { message: 'Không biết sổ thuộc kỳ báo cáo nào.', hint: `Ghi kỳ vào trang _meta, đặt tên tệp theo dạng ${NAMING}, hoặc dùng --period.` },
    en: { message: 'The reporting period of the register is not known.', hint: `Fill in the _meta sheet, name the file ${NAMING_EN}, or pass --period.` },
  },
  'register-period-conflict': {
    vi: { message: 'Kỳ báo cáo ghi khác nhau: {found} ({foundIn}) và {expected} ({expectedIn}).', hint: 'Sửa tên tệp hoặc trang _meta cho đúng kỳ đang nộp.' },
    en: { message: 'Two periods are given: {found} ({foundIn}) and {expected} ({expectedIn}).', hint: 'Correct the file name or the _meta sheet to the period being reported.' },
  },
  'register-unit-missing': {
    vi: { message: 'Không biết đơn vị nào nộp sổ này.', hint: `Ghi mã đơn vị vào trang _meta, đặt tên tệp theo dạng ${NAMING}, hoặc dùng --unit.` },
    en: { message: 'The submitting unit is not known.', hint: `Fill in the _meta sheet, name the file ${NAMING_EN}, or pass --unit.` },
  },
  'register-unit-conflict': {
    vi: { message: 'Mã đơn vị nộp ghi khác nhau: {found} ({foundIn}) và {expected} ({expectedIn}).', hint: 'Sửa tên tệp hoặc trang _meta cho đúng đơn vị nộp.' },
    en: { message: 'Two submitting units are given: {found} ({foundIn}) and {expected} ({expectedIn}).', hint: 'Correct the file name or the _meta sheet to the submitting unit.' },
  },
};
