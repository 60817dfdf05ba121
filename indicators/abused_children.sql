/*
id: abused_children
code: II-0101
# Checked against Phụ lục IV of Thông tư 13/2021/TT-BLĐTBXH (chỉ tiêu 0101 "Số trẻ em bị xâm hại";
# phân tổ chủ yếu: giới tính, nhóm tuổi, môi trường xâm hại, tỉnh/thành phố). The breakdown by form of
# abuse is tk13's addition (the circular's definition names the forms, Luật Trẻ em Điều 4).
verified: true
group: abuse
headline: true
order: 10
title_vi: Số trẻ em bị xâm hại
title_en: Number of abused children
unit: trẻ em
unit_en: children
kind: count
dims: [sex, age_group, abuse_form, environment]
multi: [abuse_form, environment]
frequency: [half-year, annual]
source: [abuse_cases]
grain: [submission_id, line]
description_vi: >-
  Số trẻ em khác nhau có ít nhất một vụ xâm hại được phát hiện trong kỳ. Giới tính và nhóm tuổi lấy
  theo lần phát hiện đầu tiên trong kỳ. Một trẻ bị nhiều hình thức xâm hại (hoặc ở nhiều môi trường)
  được tính ở mỗi hình thức, nên cộng các hình thức có thể lớn hơn tổng số trẻ.
description_en: >-
  Distinct children with at least one abuse case detected in the window. Sex and age group come from
  the first detection in the window. A child abused in several forms (or settings) counts under each,
  so the forms may add up to more than the total.
*/
SELECT
  commune_code AS unit_code,
  child_id AS entity_id,
  detected_on AS observed_on,
  sex,
  age_group,
  abuse_forms AS abuse_form,
  environments AS environment,
  submission_id,
  line
FROM abuse_cases
WHERE detected_on BETWEEN $period_start AND $period_end
  AND age_group IS NOT NULL -- 16 and over: not a child
