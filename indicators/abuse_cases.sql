/*
id: abuse_cases
code: null
verified: false
group: abuse
order: 20
title_vi: Số vụ xâm hại trẻ em
title_en: Number of child abuse cases
unit: vụ
unit_en: cases
kind: count
dims: [abuse_form, environment]
multi: [abuse_form, environment]
frequency: [half-year, annual]
source: [abuse_cases]
grain: [submission_id, line]
description_vi: >-
  Số vụ việc khác nhau (theo mã vụ việc) có lần phát hiện đầu tiên nằm trong kỳ; lần phát hiện đầu tiên tính trên mọi
  dòng hiện hành của vụ, kể cả dòng của kỳ khác. Một vụ có nhiều hình thức được tính ở mỗi hình thức.
description_en: >-
  Distinct cases whose first detection falls in the window, the first detection being the earliest over
  every current row of the case, whatever period reported it. A case with several forms counts under each.
*/
WITH child_rows AS (
  SELECT * FROM abuse_cases WHERE age_group IS NOT NULL
),
first_detection AS (
  SELECT case_id, min(detected_on) AS first_detected_on FROM child_rows GROUP BY case_id
)
SELECT
  r.commune_code AS unit_code,
  r.case_id AS entity_id,
  r.abuse_forms AS abuse_form,
  r.environments AS environment,
  r.submission_id,
  r.line
FROM child_rows r
JOIN first_detection f USING (case_id)
WHERE f.first_detected_on BETWEEN $period_start AND $period_end
  AND r.detected_on <= $period_end
