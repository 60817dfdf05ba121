import type { Catalog } from '../catalog-types.js';

/** Messages for the reporting calendar, public holidays and `tk13 deadlines`. */
export const deadlinesMessages: Catalog = {
  'holidays-year-missing': {
    vi: {
      message: 'Chưa có danh sách ngày nghỉ lễ của năm {year} nên không xác định được ngày {found} có phải ngày làm việc không.',
      hint: 'Bổ sung các ngày nghỉ lễ, nghỉ bù của năm {year} theo thông báo của Chính phủ vào tệp calendar/holidays.csv (xem calendar/SOURCES.md).',
    },
    en: {
      message: 'No public holidays are listed for {year}, so tk13 cannot tell whether {found} is a working day.',
      hint: "Add that year's public holidays and days off in lieu, as announced by the Government, to calendar/holidays.csv (see calendar/SOURCES.md).",
    },
  },
  'holidays-file-invalid': {
    vi: {
      message: 'Dòng {line} của tệp ngày nghỉ lễ {file} không hợp lệ hoặc bị trùng ngày: "{found}".',
      hint: 'Mỗi dòng cần: ngày dạng 2026-02-17, tên tiếng Việt, tên tiếng Anh, loại (holiday, compensatory hoặc workday); mỗi ngày chỉ ghi một lần.',
    },
    en: {
      message: 'Line {line} of the holidays file {file} is invalid or repeats a date: "{found}".',
      hint: 'Each line needs a date like 2026-02-17, a Vietnamese name, an English name and a kind (holiday, compensatory or workday); list each date once.',
    },
  },
  'deadlines-province-required': {
    vi: {
      message: 'Cần cho biết tỉnh cần xem hạn nộp.',
      hint: 'Thêm --province và mã tỉnh 2 chữ số theo danh mục của kỳ báo cáo, ví dụ: tk13 deadlines --period 2024-H1 --province 91',
    },
    en: {
      message: 'Say which province to check deadlines for.',
      hint: "Add --province with the 2-digit province code of the period's list, e.g. tk13 deadlines --period 2024-H1 --province 91",
    },
  },
};
