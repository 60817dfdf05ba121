import type { Catalog } from '../catalog-types.js';

/**
 * The machine, not the input: a full disk, a folder that cannot be written, a file where a folder
 * belongs (issue 13, docs/reliability.md "Môi trường và đầu ra"). `{file}` is the path, `{cause}` the
 * system's code (ENOSPC, EACCES…) so that an administrator can look it up.
 */
export const environmentMessages: Catalog = {
  'fs-disk-full': {
    vi: { message: 'Ổ đĩa đã đầy, không ghi được "{file}" ({cause}). Không có gì được ghi dở.', hint: 'Giải phóng dung lượng trên ổ đĩa này (hoặc chọn thư mục trên ổ khác) rồi chạy lại lệnh.' },
    en: { message: 'The disk is full: could not write "{file}" ({cause}). Nothing was left half-written.', hint: 'Free some space on this disk (or choose a folder on another disk) and run the command again.' },
  },
  'fs-permission-denied': {
    vi: { message: 'Không có quyền ghi hoặc đọc "{file}" ({cause}).', hint: 'Chọn một thư mục mà bạn có quyền ghi (ví dụ trong thư mục Tài liệu của bạn), hoặc nhờ quản trị máy cấp quyền.' },
    en: { message: 'No permission to write or read "{file}" ({cause}).', hint: 'Choose a folder you may write in (e.g. in your Documents), or ask the computer administrator for access.' },
  },
  'fs-read-only': {
    vi: { message: '"{file}" nằm trên ổ đĩa chỉ đọc ({cause}).', hint: 'Chọn một thư mục trên ổ đĩa ghi được; đĩa CD hoặc USB khóa ghi không dùng được.' },
    en: { message: '"{file}" is on a read-only disk ({cause}).', hint: 'Choose a folder on a writable disk; a CD or a write-protected USB stick cannot be used.' },
  },
  'fs-exists': {
    vi: { message: '"{file}" đã tồn tại và không thể thay thế ({cause}).', hint: 'Đổi tên hoặc chuyển tệp đó đi, hoặc chọn tên khác.' },
    en: { message: '"{file}" already exists and cannot be replaced ({cause}).', hint: 'Rename or move that file away, or choose another name.' },
  },
  'fs-not-directory': {
    vi: { message: 'Một phần của đường dẫn "{file}" là tệp, không phải thư mục ({cause}).', hint: 'Kiểm tra lại đường dẫn: tên thư mục có thể trùng với một tệp.' },
    en: { message: 'Part of the path "{file}" is a file, not a folder ({cause}).', hint: 'Check the path: a folder name may be the name of a file.' },
  },
  'fs-is-directory': {
    vi: { message: '"{file}" là thư mục, không phải tệp ({cause}).', hint: 'Ghi rõ tên tệp, ví dụ thêm "/ketqua.csv" vào cuối đường dẫn.' },
    en: { message: '"{file}" is a folder, not a file ({cause}).', hint: 'Give a file name, e.g. add "/result.csv" at the end of the path.' },
  },
  'fs-too-many-open-files': {
    vi: { message: 'Máy đang mở quá nhiều tệp, không mở được "{file}" ({cause}).', hint: 'Đóng bớt chương trình rồi chạy lại; nếu vẫn lỗi, nhờ quản trị máy tăng giới hạn số tệp mở (ulimit -n).' },
    en: { message: 'Too many files are open: could not open "{file}" ({cause}).', hint: 'Close some programs and run again; if it persists, ask the administrator to raise the open-file limit (ulimit -n).' },
  },
  'fs-not-found': {
    vi: { message: 'Không tìm thấy "{file}" ({cause}).', hint: 'Kiểm tra lại đường dẫn; thư mục chứa nó có thể đã bị xóa hoặc đổi tên.' },
    en: { message: '"{file}" was not found ({cause}).', hint: 'Check the path; the folder holding it may have been deleted or renamed.' },
  },
  'fs-io-error': {
    vi: { message: 'Lỗi đọc/ghi ổ đĩa với "{file}" ({cause}).', hint: 'Ổ đĩa hoặc USB có thể bị hỏng hoặc đã rút ra; chép dữ liệu sang ổ khác rồi chạy lại.' },
    en: { message: 'Disk input/output error on "{file}" ({cause}).', hint: 'The disk or USB stick may be failing or was removed; copy the data to another disk and run again.' },
  },
  'fs-name-too-long': {
    vi: { message: 'Đường dẫn "{file}" quá dài ({cause}).', hint: 'Dùng thư mục có đường dẫn ngắn hơn hoặc đổi tên tệp ngắn lại.' },
    en: { message: 'The path "{file}" is too long ({cause}).', hint: 'Use a folder with a shorter path or a shorter file name.' },
  },
  'fs-link-loop': {
    vi: { message: 'Đường dẫn "{file}" có liên kết tự trỏ vòng ({cause}).', hint: 'Xóa hoặc sửa liên kết (shortcut) trong đường dẫn này.' },
    en: { message: 'The path "{file}" holds a link that points back on itself ({cause}).', hint: 'Delete or fix the link (shortcut) in this path.' },
  },
  'fs-busy': {
    vi: { message: '"{file}" đang bị chương trình khác dùng ({cause}).', hint: 'Đóng chương trình đang mở tệp (ví dụ Excel) rồi chạy lại.' },
    en: { message: '"{file}" is in use by another program ({cause}).', hint: 'Close the program holding the file (e.g. Excel) and run again.' },
  },
  'output-not-directory': {
    vi: { message: 'Không ghi kết quả vào "{file}" được: "{found}" là tệp, không phải thư mục.', hint: 'Chọn một thư mục cho --out (hoặc tên thư mục chưa có, tk13 sẽ tạo), không phải một tệp.' },
    en: { message: 'Cannot write results into "{file}": "{found}" is a file, not a folder.', hint: 'Give --out a folder (or a folder name that does not exist yet: tk13 creates it), not a file.' },
  },
  'output-not-file': {
    vi: { message: 'Không ghi được "{file}": đó là thư mục hoặc thiết bị, không phải tệp.', hint: 'Ghi rõ tên một tệp thông thường, ví dụ "ketqua.csv".' },
    en: { message: 'Cannot write "{file}": it is a folder or a device, not a file.', hint: 'Give the name of a regular file, e.g. "result.csv".' },
  },
  'output-special-filesystem': {
    vi: { message: 'Không ghi kết quả vào "{file}" được: đó là thư mục hệ thống đặc biệt ({found}), không phải ổ đĩa.', hint: 'Chọn một thư mục thông thường, ví dụ thư mục "reports" trong thư mục làm việc.' },
    en: { message: 'Cannot write results into "{file}": it is a special system folder ({found}), not a disk.', hint: 'Choose a regular folder, e.g. "reports" in the working folder.' },
  },
  'database-empty': {
    vi: { message: 'Tệp cơ sở dữ liệu {file} rỗng (0 byte): lần tạo trước đã không hoàn tất, tệp không chứa dữ liệu nào.', hint: 'Xóa tệp này rồi chạy lại lệnh; tk13 sẽ tạo cơ sở dữ liệu mới. Nếu có bản sao lưu, dùng bản đó.' },
    en: { message: 'Database file {file} is empty (0 bytes): an earlier creation did not finish and it holds no data.', hint: 'Delete this file and run the command again; tk13 creates a new database. If you have a backup, use it.' },
  },
  interrupted: {
    vi: { message: 'Đã dừng theo yêu cầu (Ctrl-C): phần việc đang làm dở đã bỏ, không có tệp hay dữ liệu nào bị ghi dở.', hint: 'Chạy lại lệnh khi sẵn sàng.' },
    en: { message: 'Stopped on request (Ctrl-C): the work in progress was discarded; no file or data was left half-written.', hint: 'Run the command again when ready.' },
  },
};
