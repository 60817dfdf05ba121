/*
id: infant_mortality_rate
code: null
verified: false
group: health
order: 20
title_vi: Tỷ suất chết của trẻ em dưới 1 tuổi
title_en: Infant mortality rate (under 1)
unit: "‰"
unit_en: "‰"
kind: ratio
scale: 1000
frequency: [annual]
source: [commune_forms]
grain: [unit_code]
description_vi: >-
  Số trẻ em dưới 1 tuổi tử vong trong năm / số trẻ em sinh ra sống trong năm × 1000. Chỉ tính các xã đã báo cáo cả số tử vong
  và số trẻ sinh ra sống (bé trai và bé gái); tử số và mẫu số được cộng ở từng cấp rồi mới chia. Chỉ
  tính cho kỳ báo cáo năm.
description_en: >-
  Deaths under 1 year of age in the year / live births in the year × 1000. Only communes that reported both the deaths and
  the live births (boys and girls) count; numerators and denominators are added at each level before
  dividing. Annual periods only.
definition_source_vi: >-
  Định nghĩa chuẩn của hệ thống chỉ tiêu thống kê quốc gia (siêu dữ liệu của Tổng cục Thống kê); tên
  chỉ tiêu theo Phụ lục I của Thông tư 13/2021/TT-BLĐTBXH, công thức chưa đối chiếu với văn bản Thông tư.
definition_source_en: >-
  The national statistical system's standard definition (General Statistics Office metadata); the name
  is as published in Phụ lục I of Circular 13/2021/TT-BLĐTBXH, the formula was not checked against its text.
data_from_vi: Biểu số 01/TK13 của các xã, số trẻ em dưới 1 tuổi tử vong (mục 10) và mục 8 (số trẻ em sinh ra sống).
data_from_en: The communes' form 01/TK13, deaths under 1 (item 10) and item 8 (live births).
*/
WITH births AS (
  SELECT commune_code, sum(value) AS births, count(*) FILTER (WHERE value IS NULL) AS blanks
  FROM commune_forms
  WHERE period = $period AND item = 'live_births' AND sex IS NOT NULL
  GROUP BY commune_code
),
deaths AS (
  SELECT commune_code, sum(value) AS deaths, count(*) FILTER (WHERE value IS NULL) AS blanks
  FROM commune_forms
  WHERE period = $period AND item = 'deaths_under_1'
  GROUP BY commune_code
)
SELECT
  d.commune_code AS unit_code,
  d.deaths AS numerator,
  b.births AS denominator
FROM deaths d
JOIN births b USING (commune_code)
WHERE d.blanks = 0 AND d.deaths IS NOT NULL AND b.blanks = 0 AND b.births IS NOT NULL
