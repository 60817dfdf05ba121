/*
id: abused_children_supported_rate
code: null
verified: false
group: abuse
order: 40
title_vi: Tỷ lệ trẻ em bị xâm hại được hỗ trợ, can thiệp
title_en: Share of abused children who received support
unit: "%"
unit_en: "%"
kind: ratio
scale: 100
# registers list every case: no row means no abused child (0 / 0, an empty rate)
no_data: zero
dims: [sex]
frequency: [half-year, annual]
source: [abuse_cases]
grain: [submission_id, line]
description_vi: Số trẻ em bị xâm hại được hỗ trợ / số trẻ em bị xâm hại × 100, tính lại ở từng cấp.
description_en: Abused children supported / abused children × 100, recomputed at every level.
*/
SELECT
  commune_code AS unit_code,
  child_id AS entity_id,
  detected_on AS observed_on,
  sex,
  supported::INTEGER AS numerator,
  1 AS denominator,
  submission_id,
  line
FROM abuse_cases
WHERE detected_on BETWEEN $period_start AND $period_end
  AND age_group IS NOT NULL
