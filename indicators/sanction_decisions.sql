/*
id: sanction_decisions
code: null
verified: false
group: sanctions
order: 10
title_vi: Số quyết định xử phạt vi phạm hành chính đối với hành vi xâm hại trẻ em
title_en: Administrative sanction decisions for acts of child abuse
unit: quyết định
unit_en: decisions
kind: count
dims: [violator_type]
frequency: [half-year, annual]
source: [sanctions]
grain: [submission_id, line]
description_vi: Số quyết định xử phạt khác nhau (theo số quyết định) ban hành trong kỳ.
description_en: Distinct decisions dated in the window.
*/
SELECT
  commune_code AS unit_code,
  decision_id AS entity_id,
  decided_on AS observed_on,
  violator_type,
  submission_id,
  line
FROM sanctions
WHERE decided_on BETWEEN $period_start AND $period_end
