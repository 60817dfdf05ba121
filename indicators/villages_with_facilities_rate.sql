/*
id: villages_with_facilities_rate
code: null
verified: false
group: environment
order: 15
title_vi: Tỷ lệ thôn và tương đương có thiết chế văn hóa, thể thao dành cho trẻ em
title_en: Share of villages and equivalents with cultural and sports facilities for children
unit: "%"
unit_en: "%"
kind: ratio
scale: 100
frequency: [half-year, annual]
source: [commune_forms]
grain: [unit_code]
description_vi: >-
  Số thôn, tổ dân phố và tương đương có thiết chế văn hóa, thể thao dành cho trẻ em / tổng số thôn, tổ
  dân phố và tương đương × 100. Chỉ tính các xã đã báo cáo cả hai số; tử số và mẫu số được cộng ở từng
  cấp rồi mới chia.
description_en: >-
  Villages (thôn, tổ dân phố and equivalents) with cultural and sports facilities for children / all
  villages × 100. Only communes that reported both numbers count; numerators and denominators are added
  at each level before dividing.
definition_source_vi: >-
  Tên chỉ tiêu theo Phụ lục I của Thông tư 13/2021/TT-BLĐTBXH; công thức theo định nghĩa thông dụng
  (số thôn có thiết chế / tổng số thôn × 100), chưa đối chiếu với văn bản Thông tư.
definition_source_en: >-
  The name is as published in Phụ lục I of Circular 13/2021/TT-BLĐTBXH; the formula is the usual
  definition (villages with facilities / all villages × 100), not checked against the circular's text.
data_from_vi: Biểu số 01/TK13 của các xã, mục 14 và 14a.
data_from_en: The communes' form 01/TK13, items 14 and 14a.
*/
WITH villages AS (
  SELECT commune_code,
         sum(value) FILTER (WHERE item = 'villages') AS villages,
         sum(value) FILTER (WHERE item = 'villages_with_facilities') AS with_facilities,
         count(*) FILTER (WHERE value IS NULL) AS blanks
  FROM commune_forms
  WHERE period = $period AND item IN ('villages', 'villages_with_facilities')
  GROUP BY commune_code
)
SELECT
  commune_code AS unit_code,
  with_facilities AS numerator,
  villages AS denominator
FROM villages
WHERE blanks = 0 AND villages IS NOT NULL AND with_facilities IS NOT NULL
