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
  'as-of-in-future': {
    vi: { message: '--as-of "{found}" ({asOf}) là thời điểm chưa tới (bây giờ là {now}): báo cáo chỉ gồm số liệu đã nhận.', hint: 'Bỏ --as-of để lấy số liệu đến bây giờ, hoặc chọn một thời điểm đã qua. Muốn biết đơn vị nào sẽ nộp muộn, dùng tk13 deadlines --as-of.' },
    en: { message: '--as-of "{found}" ({asOf}) is in the future (now is {now}): a report covers only what has been received.', hint: 'Leave out --as-of for data up to now, or choose a past moment. To see which units will be late, use tk13 deadlines --as-of.' },
  },
  'report-as-of-in-future': {
    vi: { message: 'Báo cáo {file} ghi số liệu đến {asOf}, là thời điểm chưa tới (bây giờ là {now}): không thể kiểm tra lại.', hint: 'Báo cáo này không phải do tk13 lập đúng cách hoặc đồng hồ máy bị sai; kiểm tra ngày giờ của máy rồi lập lại báo cáo bằng tk13 report.' },
    en: { message: 'Report {file} records data up to {asOf}, which is in the future (now is {now}): it cannot be verified.', hint: 'The report was not made properly by tk13 or the computer clock is wrong; check the clock and make the report again with tk13 report.' },
  },
};
