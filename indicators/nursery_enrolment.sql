/*
id: nursery_enrolment
code: null
verified: false
group: education
order: 10
title_vi: Số lượng, tỷ lệ huy động trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ
title_en: Number and share of children aged 3 to 36 months enrolled in nursery
unit: "%"
unit_en: "%"
kind: ratio
scale: 100
count:
  title_vi: Số trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ
  title_en: Children aged 3–36 months enrolled in nursery
  unit: trẻ em
  unit_en: children
frequency: [half-year, annual]
source: [commune_forms, sector_forms]
grain: [unit_code]
description_vi: >-
  Số lượng: số trẻ em từ 3 tháng đến 36 tháng tuổi đi nhà trẻ; tỷ lệ: số đó / số trẻ em từ 3 tháng đến 36 tháng tuổi × 100. Số trẻ đi nhà trẻ
  của một xã lấy theo biểu ngành của Sở Giáo dục và Đào tạo khi sở đã báo cáo cho xã đó, nếu không thì
  theo biểu 01/TK13 của xã; số trẻ em trong độ tuổi lấy theo biểu của xã. Chỉ tính các xã có cả hai số
  (số lượng cũng vậy, để số lượng và tỷ lệ khớp nhau); xã có số trẻ đi nhà trẻ nhưng chưa báo cáo số trẻ
  trong độ tuổi được nêu ở trang Kiểm tra. Tử số và mẫu số được cộng ở từng cấp rồi mới chia.
description_en: >-
  Count: children aged 3–36 months enrolled in nursery; rate: that count / children aged 3–36 months × 100. A commune's
  enrolled figure is the education department's sector figure for it when the department reported one,
  otherwise the commune's own form 01/TK13; the children of the age come from the commune's form. Only
  communes with both figures count (the count too, so count and rate agree); communes with an enrolled
  figure but no children of the age are listed on the checks sheet. Numerators and denominators are
  added at each level before dividing.
definition_source_vi: >-
  Tên chỉ tiêu theo Phụ lục I của Thông tư 13/2021/TT-BLĐTBXH; công thức theo định nghĩa thông dụng
  (số trẻ đi học / số trẻ trong độ tuổi × 100), chưa đối chiếu với văn bản Thông tư.
definition_source_en: >-
  The name is as published in Phụ lục I of Circular 13/2021/TT-BLĐTBXH; the formula is the usual
  definition (enrolled / children of the age × 100), not checked against the circular's text.
data_from_vi: >-
  Biểu ngành của Sở Giáo dục và Đào tạo (mã số 01, theo từng xã), nếu không có thì biểu số
  01/TK13 của xã (mục 12 và 12a).
data_from_en: >-
  The education department's sector form (row 01, per commune), or else the commune's form
  01/TK13 (items 12 and 12a).
checks:
  - name: enrolled_within_children
    description_vi: Ở mỗi xã, số trẻ đi nhà trẻ không vượt quá số trẻ em từ 3 tháng đến 36 tháng tuổi
    description_en: In each commune, children enrolled in nursery do not exceed the children aged 3–36 months
    detail_vi: "{enrolled} trẻ đi nhà trẻ, nhưng chỉ có {children} trẻ em từ 3 tháng đến 36 tháng tuổi"
    detail_en: "{enrolled} children enrolled in nursery but only {children} aged 3–36 months"
    sql: |
      SELECT unit_code, unit_level, numerator AS enrolled, denominator AS children
      FROM computed_values
      WHERE indicator = 'nursery_enrolment' AND unit_level = 'commune' AND disaggregation = 'total'
        AND numerator > denominator
  - name: children_not_reported
    description_vi: Xã có số trẻ đi nhà trẻ nhưng chưa báo cáo số trẻ em từ 3 tháng đến 36 tháng tuổi không được tính vào số lượng và tỷ lệ
    description_en: Communes with children enrolled in nursery but no count of children aged 3–36 months are left out of the count and the rate
    detail_vi: "{communes} xã có số trẻ đi nhà trẻ nhưng chưa báo cáo số trẻ em từ 3 tháng đến 36 tháng tuổi; số lượng và tỷ lệ không tính các xã này"
    detail_en: "{communes} communes have children enrolled in nursery but did not report the children aged 3–36 months; the count and rate leave them out"
    sql: |
      WITH enrolled AS (
        SELECT unit_code AS commune_code FROM sector_forms
        WHERE period = $period AND item = 'enrolled_nursery' AND unit_level = 'commune' AND value IS NOT NULL
        UNION
        SELECT commune_code FROM commune_forms
        WHERE period = $period AND item = 'enrolled_nursery'
        GROUP BY commune_code HAVING bool_and(value IS NOT NULL)
      ),
      children AS (
        SELECT commune_code FROM commune_forms
        WHERE period = $period AND item = 'children_3_36_months'
        GROUP BY commune_code HAVING bool_and(value IS NOT NULL)
      )
      SELECT u.unit_code, u.unit_level, count(*) AS communes
      FROM unit_communes u
      JOIN enrolled e ON e.commune_code = u.commune_code
      WHERE u.unit_level = 'province' AND u.commune_code NOT IN (SELECT commune_code FROM children)
      GROUP BY u.unit_code, u.unit_level
*/
WITH form AS (
  SELECT commune_code,
         sum(value) FILTER (WHERE item = 'children_3_36_months') AS children,
         count(*) FILTER (WHERE item = 'children_3_36_months' AND value IS NULL) AS children_blank,
         sum(value) FILTER (WHERE item = 'enrolled_nursery') AS enrolled,
         count(*) FILTER (WHERE item = 'enrolled_nursery' AND value IS NULL) AS enrolled_blank
  FROM commune_forms
  WHERE period = $period AND item IN ('children_3_36_months', 'enrolled_nursery')
  GROUP BY commune_code
),
department AS (
  SELECT unit_code AS commune_code, sum(value) AS enrolled
  FROM sector_forms
  WHERE period = $period AND item = 'enrolled_nursery' AND unit_level = 'commune' AND value IS NOT NULL
  GROUP BY unit_code
),
figures AS (
  SELECT f.commune_code,
         -- The department's figure for the commune first; the commune's own form otherwise.
         coalesce(d.enrolled, CASE WHEN f.enrolled_blank = 0 THEN f.enrolled END) AS enrolled,
         CASE WHEN f.children_blank = 0 THEN f.children END AS children
  FROM form f
  LEFT JOIN department d USING (commune_code)
)
SELECT
  commune_code AS unit_code,
  enrolled AS numerator,
  children AS denominator
FROM figures
WHERE enrolled IS NOT NULL AND children IS NOT NULL
