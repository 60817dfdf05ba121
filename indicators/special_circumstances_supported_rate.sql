/*
id: special_circumstances_supported_rate
code: null
verified: false
group: special_circumstances
order: 40
title_vi: Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp
title_en: Share of children in special circumstances who received support
unit: "%"
unit_en: "%"
kind: ratio
scale: 100
dims: [sex]
frequency: [half-year, annual]
source: [commune_forms]
grain: [submission_id, category, sex]
description_vi: >-
  Số trẻ em có hoàn cảnh đặc biệt được trợ giúp / số trẻ em có hoàn cảnh đặc biệt × 100, chỉ trên các
  nhóm mà xã báo cáo cả hai số.
description_en: >-
  Supported children in special circumstances / children in special circumstances × 100, over the groups
  for which a commune reported both numbers.
*/
WITH special AS (
  SELECT submission_id, commune_code, category, sex, value
  FROM commune_forms
  WHERE period = $period AND item = 'special_circumstances'
    AND category IS NOT NULL AND sex IS NOT NULL AND value IS NOT NULL
),
supported AS (
  SELECT submission_id, category, sex, value
  FROM commune_forms
  WHERE period = $period AND item = 'special_supported'
    AND category IS NOT NULL AND sex IS NOT NULL AND value IS NOT NULL
)
SELECT
  s.commune_code AS unit_code,
  s.category,
  s.sex,
  h.value AS numerator,
  s.value AS denominator,
  s.submission_id
FROM special s
JOIN supported h USING (submission_id, category, sex)
