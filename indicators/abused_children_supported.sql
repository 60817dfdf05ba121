/*
id: abused_children_supported
code: null
verified: false
group: abuse
order: 30
title_vi: Số trẻ em bị xâm hại được hỗ trợ, can thiệp
title_en: Number of abused children who received support
unit: trẻ em
unit_en: children
kind: count
dims: [sex, age_group]
frequency: [half-year, annual]
source: [abuse_cases]
grain: [submission_id, line]
description_vi: >-
  Trẻ em bị xâm hại trong kỳ có ít nhất một dòng ghi "được hỗ trợ". Giới tính và nhóm tuổi theo lần phát
  hiện đầu tiên trong kỳ.
description_en: >-
  Children abused in the window with at least one row saying they were supported. Sex and age group
  from the first detection in the window.
checks:
  - name: supported_within_abused
    description_vi: Số trẻ được hỗ trợ không vượt quá số trẻ bị xâm hại
    description_en: Supported children do not exceed abused children
    detail_vi: "{disaggregation}: {supported} trẻ được hỗ trợ, nhưng chỉ có {abused} trẻ bị xâm hại"
    detail_en: "{disaggregation}: {supported} children supported but only {abused} abused"
    sql: |
      SELECT s.unit_code, s.unit_level, s.disaggregation, s.value AS supported, a.value AS abused
      FROM computed_values s
      JOIN computed_values a
        ON a.unit_code = s.unit_code AND a.unit_level = s.unit_level AND a.disaggregation = s.disaggregation
      WHERE s.indicator = 'abused_children_supported' AND a.indicator = 'abused_children'
        AND s.value > a.value
*/
SELECT
  commune_code AS unit_code,
  child_id AS entity_id,
  detected_on AS observed_on,
  sex,
  age_group,
  supported::INTEGER AS value, -- a child counts as supported if any of their rows says so
  submission_id,
  line
FROM abuse_cases
WHERE detected_on BETWEEN $period_start AND $period_end
  AND age_group IS NOT NULL
