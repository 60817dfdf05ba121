/*
id: child_friendly_communes_rate
code: null
verified: false
group: environment
order: 20
title_vi: Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em
title_en: Share of communes recognised as child-friendly
unit: "%"
unit_en: "%"
kind: ratio
scale: 100
frequency: [half-year, annual]
source: [commune_forms]
grain: [submission_id]
description_vi: >-
  Số xã được công nhận phù hợp với trẻ em (Quyết định 06/QĐ-TTg năm 2019) / số xã đã báo cáo mục này
  × 100.
description_en: >-
  Communes recognised as child-friendly (Decision 06/QĐ-TTg of 2019) / communes that answered the item
  × 100.
*/
SELECT
  commune_code AS unit_code,
  commune_code AS entity_id,
  (value > 0)::INTEGER AS numerator,
  1 AS denominator,
  submission_id
FROM commune_forms
WHERE period = $period AND item = 'child_friendly' AND value IS NOT NULL
