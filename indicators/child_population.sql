/*
id: child_population
code: null
verified: false
group: population
order: 10
title_vi: Dân số trẻ em (dưới 16 tuổi)
title_en: Child population (under 16)
unit: trẻ em
unit_en: children
kind: sum
dims: [sex, age_group]
disaggregations: [[sex], [age_group], [sex, age_group]]
frequency: [half-year, annual]
source: [commune_forms]
grain: [submission_id, sex, age_group]
description_vi: Tổng số trẻ em các xã báo cáo trong biểu mẫu của kỳ; ô để trống là chưa báo cáo, không tính là 0.
description_en: Children reported on the period's commune forms; a blank cell is not reported, not 0.
*/
SELECT
  commune_code AS unit_code,
  sex,
  age_group,
  value,
  submission_id
FROM commune_forms
WHERE period = $period
  AND item = 'population'
  AND sex IS NOT NULL AND age_group IS NOT NULL
  AND value IS NOT NULL
