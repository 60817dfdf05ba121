/*
id: communes_with_play_area_rate
code: null
verified: false
group: environment
order: 10
title_vi: Tỷ lệ xã, phường, thị trấn có điểm vui chơi dành cho trẻ em
title_en: Share of communes with a play area for children
unit: "%"
unit_en: "%"
kind: ratio
scale: 100
frequency: [half-year, annual]
source: [commune_forms]
grain: [submission_id]
description_vi: >-
  Số xã báo cáo có điểm vui chơi / số xã đã báo cáo mục này × 100. Một xã mới hợp nhất từ nhiều xã cũ
  được tính một lần, có điểm vui chơi nếu một phần của nó có.
description_en: >-
  Communes reporting a play area / communes that answered the item × 100. A new commune formed from
  several old ones counts once, and has a play area if any part of it has.
*/
SELECT
  commune_code AS unit_code,
  commune_code AS entity_id,
  (value > 0)::INTEGER AS numerator,
  1 AS denominator,
  submission_id
FROM commune_forms
WHERE period = $period AND item = 'has_play_area' AND value IS NOT NULL
