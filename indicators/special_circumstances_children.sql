/*
id: special_circumstances_children
code: null
verified: false
group: special_circumstances
order: 10
title_vi: Số trẻ em có hoàn cảnh đặc biệt
title_en: Children in special circumstances
unit: trẻ em
unit_en: children
kind: sum
dims: [category, sex]
frequency: [half-year, annual]
source: [commune_forms]
grain: [submission_id, category, sex]
description_vi: >-
  Tổng số trẻ em có hoàn cảnh đặc biệt theo 14 nhóm của Luật Trẻ em 2016, Điều 10; biểu mẫu ghi mỗi trẻ
  vào một nhóm (nhóm đầu tiên theo thứ tự của Luật mà trẻ thuộc về) nên tổng số là tổng các nhóm.
description_en: >-
  Children in special circumstances by the fourteen groups of the Law on Children 2016, Article 10; the
  form puts each child in one group (the first, in the Law's order, that applies), so the total is the
  sum of the groups.
checks:
  - name: special_within_population
    description_vi: Số trẻ em có hoàn cảnh đặc biệt không vượt quá dân số trẻ em
    description_en: Children in special circumstances do not exceed the child population
    detail_vi: "{special} trẻ em có hoàn cảnh đặc biệt, nhưng dân số trẻ em chỉ là {population}"
    detail_en: "{special} children in special circumstances but a child population of only {population}"
    sql: |
      SELECT s.unit_code, s.unit_level, s.value AS special, p.value AS population
      FROM computed_values s
      JOIN computed_values p ON p.unit_code = s.unit_code AND p.unit_level = s.unit_level
      WHERE s.indicator = 'special_circumstances_children' AND p.indicator = 'child_population'
        AND s.disaggregation = 'total' AND p.disaggregation = 'total'
        AND s.value > p.value
*/
SELECT
  commune_code AS unit_code,
  category,
  sex,
  value,
  submission_id
FROM commune_forms
WHERE period = $period
  AND item = 'special_circumstances'
  AND category IS NOT NULL AND sex IS NOT NULL
  AND value IS NOT NULL
