/*
id: sanction_fines_vnd
code: null
verified: false
group: sanctions
order: 30
title_vi: Tổng số tiền phạt vi phạm hành chính đối với hành vi xâm hại trẻ em
title_en: Total fines for acts of child abuse
unit: đồng
unit_en: VND
kind: sum
format: vnd0
no_data: zero
dims: [violator_type]
frequency: [half-year, annual]
source: [sanctions]
grain: [submission_id, line]
description_vi: Tổng tiền phạt của các quyết định trong kỳ; một quyết định có trong nhiều sổ chỉ tính một lần.
description_en: Fines of the decisions dated in the window; a decision listed in several registers counts once.
*/
SELECT
  commune_code AS unit_code,
  decision_id || '/' || violator_id AS entity_id, -- one fine per decision and violator, however often listed
  decided_on AS observed_on,
  violator_type,
  fine_vnd AS value,
  submission_id,
  line
FROM sanctions
WHERE decided_on BETWEEN $period_start AND $period_end
