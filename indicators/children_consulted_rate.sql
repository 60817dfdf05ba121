/*
id: children_consulted_rate
code: null
verified: false
group: environment
order: 30
title_vi: Tỷ lệ trẻ em từ 7 tuổi trở lên được lấy ý kiến về các vấn đề của trẻ em
title_en: Share of children aged 7 and over consulted on children's issues
unit: "%"
unit_en: "%"
kind: ratio
scale: 100
dims: [sex]
frequency: [half-year, annual]
source: [commune_forms]
grain: [submission_id, sex]
description_vi: Số trẻ em 7–15 tuổi được lấy ý kiến / số trẻ em 7–15 tuổi × 100, chỉ các xã báo cáo cả hai số.
description_en: Children aged 7–15 consulted / children aged 7–15 × 100, only communes that reported both numbers.
checks:
  - name: consulted_within_population
    description_vi: Ở mỗi xã, số trẻ được lấy ý kiến không vượt quá số trẻ em 7–15 tuổi cùng giới tính
    description_en: In each commune, children consulted do not exceed the children aged 7–15 of the same sex
    detail_vi: "{disaggregation}: {consulted} trẻ được lấy ý kiến, nhưng chỉ có {children_7_15} trẻ em 7–15 tuổi"
    detail_en: "{disaggregation}: {consulted} children consulted but only {children_7_15} aged 7–15"
    sql: |
      SELECT unit_code, unit_level, disaggregation, numerator AS consulted, denominator AS children_7_15
      FROM computed_values
      WHERE indicator = 'children_consulted_rate' AND unit_level = 'commune' AND disaggregation <> 'total'
        AND numerator > denominator
*/
WITH consulted AS (
  SELECT submission_id, commune_code, sex, value
  FROM commune_forms
  WHERE period = $period AND item = 'consulted_7_15' AND sex IS NOT NULL AND value IS NOT NULL
),
population AS (
  SELECT submission_id, sex, value
  FROM commune_forms
  WHERE period = $period AND item = 'population_7_15' AND sex IS NOT NULL AND value IS NOT NULL
)
SELECT
  c.commune_code AS unit_code,
  c.sex,
  c.value AS numerator,
  p.value AS denominator,
  c.submission_id
FROM consulted c
JOIN population p USING (submission_id, sex)
