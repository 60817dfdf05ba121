/*
id: sex_ratio_at_birth
code: null
verified: false
group: population
order: 20
title_vi: Tỷ số giới tính khi sinh
title_en: Sex ratio at birth
unit: bé trai/100 bé gái
unit_en: boys per 100 girls
kind: ratio
scale: 100
frequency: [annual]
source: [commune_forms]
grain: [unit_code]
description_vi: >-
  Số bé trai sinh ra sống / số bé gái sinh ra sống trong năm × 100. Chỉ tính các xã đã báo cáo cả số
  bé trai và số bé gái; tử số và mẫu số được cộng ở từng cấp rồi mới chia. Chỉ tính cho kỳ báo cáo năm.
description_en: >-
  Live-born boys / live-born girls in the year × 100. Only communes that reported both the boys and the
  girls count; numerators and denominators are added at each level before dividing. Annual periods only.
definition_source_vi: >-
  Định nghĩa chuẩn của hệ thống chỉ tiêu thống kê quốc gia (siêu dữ liệu của Tổng cục Thống kê); tên
  chỉ tiêu theo Phụ lục I của Thông tư 13/2021/TT-BLĐTBXH, công thức chưa đối chiếu với văn bản Thông tư.
definition_source_en: >-
  The national statistical system's standard definition (General Statistics Office metadata); the name
  is as published in Phụ lục I of Circular 13/2021/TT-BLĐTBXH, the formula was not checked against its text.
data_from_vi: Biểu số 01/TK13 của các xã, mục 8 (số trẻ em sinh ra sống, theo giới tính).
data_from_en: The communes' form 01/TK13, item 8 (live births, by sex).
*/
WITH births AS (
  SELECT commune_code,
         sum(value) FILTER (WHERE sex = 'male') AS boys,
         sum(value) FILTER (WHERE sex = 'female') AS girls,
         count(*) FILTER (WHERE value IS NULL) AS blanks
  FROM commune_forms
  WHERE period = $period AND item = 'live_births' AND sex IS NOT NULL
  GROUP BY commune_code
)
SELECT
  commune_code AS unit_code,
  boys AS numerator,
  girls AS denominator
FROM births
WHERE blanks = 0 AND boys IS NOT NULL AND girls IS NOT NULL
