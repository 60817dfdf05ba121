/*
id: special_circumstances_rate
code: null
verified: false
group: special_circumstances
headline: true
order: 20
title_vi: Tỷ lệ trẻ em có hoàn cảnh đặc biệt
title_en: Share of children in special circumstances
unit: "%"
unit_en: "%"
kind: ratio
scale: 100
dims: [sex]
frequency: [half-year, annual]
source: [commune_forms]
grain: [submission_id, sex]
description_vi: >-
  Số trẻ em có hoàn cảnh đặc biệt / dân số trẻ em × 100. Chỉ tính các xã đã báo cáo cả hai phần (cho
  từng giới tính); tử số và mẫu số được cộng ở từng cấp rồi mới chia.
description_en: >-
  Children in special circumstances / child population × 100. Only communes that reported both parts
  (for each sex) count; numerators and denominators are added at each level before dividing.
*/
WITH special AS (
  SELECT submission_id, commune_code, sex, sum(value) AS children
  FROM commune_forms
  WHERE period = $period AND item = 'special_circumstances'
    AND category IS NOT NULL AND sex IS NOT NULL AND value IS NOT NULL
  GROUP BY submission_id, commune_code, sex
),
population AS (
  SELECT submission_id, sex, sum(value) AS children
  FROM commune_forms
  WHERE period = $period AND item = 'population'
    AND age_group IS NOT NULL AND sex IS NOT NULL AND value IS NOT NULL
  GROUP BY submission_id, sex
)
SELECT
  s.commune_code AS unit_code,
  s.sex,
  s.children AS numerator,
  p.children AS denominator,
  s.submission_id
FROM special s
JOIN population p USING (submission_id, sex)
