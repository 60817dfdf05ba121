/*
id: special_circumstances_supported
code: null
verified: false
group: special_circumstances
order: 30
title_vi: Số trẻ em có hoàn cảnh đặc biệt được trợ giúp
title_en: Children in special circumstances who received support
unit: trẻ em
unit_en: children
kind: sum
dims: [category, sex]
frequency: [half-year, annual]
source: [commune_forms]
grain: [submission_id, category, sex]
description_vi: Tổng số trẻ em có hoàn cảnh đặc biệt được trợ giúp, theo nhóm và giới tính.
description_en: Children in special circumstances who received support, by group and sex.
checks:
  - name: supported_within_special
    description_vi: Số trẻ được trợ giúp không vượt quá số trẻ em có hoàn cảnh đặc biệt cùng nhóm
    description_en: Supported children do not exceed the children in special circumstances of the same group
    detail_vi: "{disaggregation}: {supported} trẻ được trợ giúp, nhưng chỉ có {special} trẻ có hoàn cảnh đặc biệt"
    detail_en: "{disaggregation}: {supported} children supported but only {special} in special circumstances"
    sql: |
      SELECT s.unit_code, s.unit_level, s.disaggregation, s.value AS supported, c.value AS special
      FROM computed_values s
      JOIN computed_values c
        ON c.unit_code = s.unit_code AND c.unit_level = s.unit_level AND c.disaggregation = s.disaggregation
      WHERE s.indicator = 'special_circumstances_supported' AND c.indicator = 'special_circumstances_children'
        AND s.disaggregation LIKE 'category=%'
        AND s.value > c.value
*/
SELECT
  commune_code AS unit_code,
  category,
  sex,
  value,
  submission_id
FROM commune_forms
WHERE period = $period
  AND item = 'special_supported'
  AND category IS NOT NULL AND sex IS NOT NULL
  AND value IS NOT NULL
