/*
id: online_safety_rate
code: "0605"
verified: true
group: environment
order: 40
title_vi: Tỷ lệ trẻ em được tiếp cận kiến thức, kỹ năng tham gia môi trường mạng an toàn
title_en: Share of children reached with knowledge and skills for taking part safely in the online environment
unit: "%"
unit_en: "%"
kind: ratio
scale: 100
frequency: [annual]
levels: [province]
source: [commune_forms, sector_forms]
grain: [unit_code]
description_vi: >-
  Số trẻ em được tiếp cận kiến thức, kỹ năng tham gia môi trường mạng an toàn trong năm / tổng số trẻ em
  × 100. Tử số do Sở phụ trách thông tin và truyền thông cung cấp cho toàn tỉnh; mẫu số là tổng số trẻ
  em dưới 16 tuổi các xã báo cáo (như chỉ tiêu dân số trẻ em). Chỉ tính cho toàn tỉnh và cho kỳ báo cáo
  năm. Thiếu số của sở thì để trống; xã chưa báo cáo số trẻ em được nêu ở trang Kiểm tra, vì khi đó tỷ
  lệ cao hơn thực tế.
description_en: >-
  Children reached in the year with knowledge and skills for taking part safely online / all children
  × 100. The numerator is the province figure of the department in charge of information and
  communications; the denominator the children under 16 the communes reported (as for the child
  population). Province only, annual periods only. Without the department's figure the value is empty;
  communes that did not report their children are listed on the checks sheet, as the rate is then too high.
definition_source_vi: >-
  Thông tư 13/2021/TT-BLĐTBXH, Phụ lục III, chỉ tiêu 0605 (đã đọc toàn văn): tên, phân tổ (tỉnh), kỳ
  công bố (năm), công thức, nguồn số liệu (chế độ báo cáo thống kê), cơ quan chủ trì (bộ quản lý thông
  tin và truyền thông, phối hợp: ngành giáo dục và bộ quản lý về trẻ em).
definition_source_en: >-
  Circular 13/2021/TT-BLĐTBXH, Phụ lục III, indicator 0605 (read in full): name, breakdown (province),
  frequency (yearly), formula, source (the statistical reporting regime), lead (the ministry in charge
  of information and communications, with education and the ministry in charge of children).
data_from_vi: >-
  số trẻ em được tiếp cận từ biểu ngành của Sở phụ trách thông tin và truyền thông, chỉ có cho toàn
  tỉnh; tổng số trẻ em từ biểu số 01/TK13 của các xã (mục 1).
data_from_en: >-
  children reached from the sector form of the department in charge of information and communications,
  which exists for the whole province only; all children from the communes' form 01/TK13 (item 1).
checks:
  - name: population_not_reported
    description_vi: Các xã chưa báo cáo đủ số trẻ em dưới 16 tuổi thì mẫu số thiếu và tỷ lệ của tỉnh cao hơn thực tế
    description_en: Communes that did not report their children under 16 in full leave the denominator short and the province's rate too high
    detail_vi: "{missing}/{communes} xã chưa báo cáo đủ số trẻ em dưới 16 tuổi; mẫu số chỉ tính số trẻ em các xã đã báo cáo"
    detail_en: "{missing} of {communes} communes did not report their children under 16 in full; the denominator counts only the children reported"
    sql: |
      WITH reported AS (
        SELECT commune_code, bool_and(value IS NOT NULL) AS complete
        FROM commune_forms
        WHERE period = $period AND item = 'population' AND sex IS NOT NULL AND age_group IS NOT NULL
        GROUP BY commune_code
      )
      SELECT u.unit_code, count(*) AS communes, count(*) FILTER (WHERE NOT coalesce(r.complete, false)) AS missing
      FROM unit_communes u
      JOIN computed_values v
        ON v.indicator = 'online_safety_rate' AND v.unit_code = u.unit_code AND v.unit_level = u.unit_level
       AND v.disaggregation = 'total' AND v.value IS NOT NULL
      LEFT JOIN reported r ON r.commune_code = u.commune_code
      WHERE u.unit_level = 'province'
      GROUP BY u.unit_code
      HAVING count(*) FILTER (WHERE NOT coalesce(r.complete, false)) > 0
  - name: reached_above_children
    description_vi: Số trẻ em được tiếp cận không thể lớn hơn số trẻ em của tỉnh; tỷ lệ trên 100% là số liệu sai
    description_en: Children reached cannot outnumber the province's children; a rate above 100% is a wrong figure
    detail_vi: "Sở báo cáo {reached} trẻ em được tiếp cận, nhưng các xã chỉ báo cáo {children} trẻ em dưới 16 tuổi: kiểm tra lại biểu của sở (đơn vị tính là người, không phải lượt)"
    detail_en: "The department reports {reached} children reached, but the communes report only {children} children under 16: check the department's form (count children, not sessions)"
    sql: |
      SELECT unit_code, unit_level, numerator::BIGINT AS reached, denominator::BIGINT AS children
      FROM computed_values
      WHERE indicator = 'online_safety_rate' AND disaggregation = 'total' AND numerator > denominator
*/
WITH children AS (
  SELECT commune_code AS unit_code, sum(value) AS children
  FROM commune_forms
  WHERE period = $period AND item = 'population' AND sex IS NOT NULL AND age_group IS NOT NULL AND value IS NOT NULL
  GROUP BY commune_code
),
reached AS (
  SELECT unit_code, sum(value) AS reached
  FROM sector_forms
  WHERE period = $period AND item = 'children_reached_online_safety' AND unit_level = 'province' AND value IS NOT NULL
  GROUP BY unit_code
)
SELECT unit_code, NULL::BIGINT AS numerator, children AS denominator FROM children
UNION ALL
SELECT unit_code, reached AS numerator, NULL::BIGINT AS denominator FROM reached
