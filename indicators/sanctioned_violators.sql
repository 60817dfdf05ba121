/*
id: sanctioned_violators
code: null
verified: false
group: sanctions
order: 20
title_vi: Số đối tượng bị xử phạt vi phạm hành chính về hành vi xâm hại trẻ em
title_en: Violators sanctioned for acts of child abuse
unit: đối tượng
unit_en: violators
kind: count
dims: [violator_type]
frequency: [half-year, annual]
source: [sanctions]
grain: [submission_id, line]
description_vi: Số cá nhân, tổ chức khác nhau (theo mã đối tượng) bị xử phạt trong kỳ; một đối tượng bị nhiều quyết định chỉ tính một lần.
description_en: Distinct individuals and organisations sanctioned in the window; several decisions against one violator count once.
*/
SELECT
  commune_code AS unit_code,
  violator_id AS entity_id,
  decided_on AS observed_on,
  violator_type,
  submission_id,
  line
FROM sanctions
WHERE decided_on BETWEEN $period_start AND $period_end
