import type { Catalog } from '../catalog-types.js';

/** Messages of `report`, `verify` and `history`. */
export const reportMessages: Catalog = {
  'report-not-tk13': {
    vi: {
      message: 'Tệp {file} không phải là báo cáo do tk13 lập: không tìm thấy trang "Nguồn gốc" với đủ thông tin kỳ, tỉnh và thời điểm số liệu.',
      hint: 'Chỉ kiểm tra được tệp do lệnh tk13 report hoặc tk13 run tạo ra. Nếu trang "Nguồn gốc" đã bị sửa hoặc xóa, hãy lập lại báo cáo.',
    },
    en: {
      message: 'File {file} is not a tk13 report: no "Provenance" sheet with the period, province and as-of time.',
      hint: 'Only files written by tk13 report or tk13 run can be verified. If the provenance sheet was edited or deleted, generate the report again.',
    },
  },
};
