import type { Catalog } from '../catalog-types.js';

/** The pseudonym key (src/store/pseudonym-key.ts) and personal data in register cells (src/core/personal-data.ts). */
export const privacyMessages: Catalog = {
  'pseudonym-key-missing': {
    vi: {
      message: 'Không tìm thấy khóa mã hóa mã trẻ em của cơ sở dữ liệu {file} (tệp khóa {key_file}). Không thể nạp thêm sổ theo dõi: trẻ đã có trong cơ sở dữ liệu sẽ bị đếm thành trẻ khác.',
      hint: 'Chép lại tệp khóa từ bản sao lưu (đặt cạnh tệp cơ sở dữ liệu, cùng tên, thêm đuôi .key) hoặc đặt biến môi trường TK13_KEY. Nếu đã mất khóa, hãy tạo cơ sở dữ liệu mới và nạp lại toàn bộ tệp.',
    },
    en: {
      message: 'The pseudonym key of database {file} is missing (key file {key_file}). No register can be ingested: children already in the database would be counted as new children.',
      hint: 'Restore the key file from your backup (beside the database, same name plus .key) or set TK13_KEY. If the key is lost, create a new database and ingest every file again.',
    },
  },
  'pseudonym-key-wrong': {
    vi: {
      message: 'Khóa mã hóa mã trẻ em ({key_file}) không phải khóa của cơ sở dữ liệu {file}. Không nạp được: cùng một trẻ sẽ bị đếm thành hai trẻ.',
      hint: 'Dùng đúng tệp khóa đã tạo cùng cơ sở dữ liệu này (từ bản sao lưu), hoặc bỏ biến môi trường TK13_KEY nếu nó thuộc cơ sở dữ liệu khác.',
    },
    en: {
      message: 'The pseudonym key ({key_file}) is not the key of database {file}. Nothing can be ingested: the same child would be counted twice.',
      hint: 'Use the key file created with this database (from your backup), or unset TK13_KEY if it belongs to another database.',
    },
  },
  'pseudonym-key-invalid': {
    vi: { message: 'Khóa mã hóa mã trẻ em lấy từ {from} quá ngắn (cần ít nhất {expected} ký tự).', hint: 'Chép lại tệp khóa từ bản sao lưu; nếu dùng TK13_KEY, đặt một chuỗi ngẫu nhiên dài ít nhất {expected} ký tự.' },
    en: { message: 'The pseudonym key from {from} is too short (at least {expected} characters are needed).', hint: 'Restore the key file from your backup; with TK13_KEY, use a random string of at least {expected} characters.' },
  },
  'pseudonym-key-unwritable': {
    vi: { message: 'Không tạo được tệp khóa {key_file} cho cơ sở dữ liệu {file} ({detail}).', hint: 'Kiểm tra quyền ghi vào thư mục chứa cơ sở dữ liệu, hoặc đặt khóa bằng biến môi trường TK13_KEY.' },
    en: { message: 'Cannot create the key file {key_file} for database {file} ({detail}).', hint: 'Check that the database\'s folder is writable, or give the key in TK13_KEY.' },
  },
  'register-cell-holds-person-name': {
    vi: { message: 'Ô chứa một họ tên người. Không nhắc lại giá trị để bảo vệ trẻ; tk13 không lưu họ tên.', hint: 'Xóa họ tên khỏi ô này; nếu cần chỉ người, dùng mã số do đơn vị đặt hoặc quan hệ (ví dụ "Cha dượng").' },
    en: { message: 'The cell holds a person\'s name. The value is not repeated, to protect the child; tk13 never stores names.', hint: 'Remove the name from this cell; to refer to a person use a code your unit assigns, or the relation (e.g. "Cha dượng").' },
  },
  'register-cell-holds-id-number': {
    vi: { message: 'Ô chứa một số CCCD/CMND (9 hoặc 12 chữ số). Không nhắc lại giá trị để bảo vệ trẻ; tk13 không lưu số định danh.', hint: 'Xóa số định danh khỏi ô này; mã vụ việc, mã quyết định chỉ ghi theo cách đánh số của đơn vị (ví dụ VV-2024-001).' },
    en: { message: 'The cell holds a citizen/ID card number (9 or 12 digits). The value is not repeated, to protect the child; tk13 never stores ID numbers.', hint: 'Remove the ID number from this cell; case and decision ids follow your unit\'s numbering (e.g. VV-2024-001).' },
  },
  'register-cell-holds-phone': {
    vi: { message: 'Ô chứa một số điện thoại. Không nhắc lại giá trị để bảo vệ trẻ; tk13 không lưu số điện thoại.', hint: 'Xóa số điện thoại khỏi ô này.' },
    en: { message: 'The cell holds a phone number. The value is not repeated, to protect the child; tk13 never stores phone numbers.', hint: 'Remove the phone number from this cell.' },
  },
};
