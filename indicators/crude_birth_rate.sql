/*
id: crude_birth_rate
code: null
verified: false
group: population
order: 30
title_vi: Tỷ suất sinh thô
title_en: Crude birth rate
unit: "‰"
unit_en: "‰"
kind: ratio
scale: 1000
frequency: [annual]
levels: [province]
source: [commune_forms, sector_forms]
grain: [unit_code]
description_vi: >-
  Số trẻ em sinh ra sống trong năm / dân số trung bình của tỉnh × 1000. Tử số là tổng số trẻ sinh ra
  sống (bé trai và bé gái) các xã đã báo cáo; mẫu số là dân số trung bình do Thống kê tỉnh cung cấp.
  Chỉ tính cho toàn tỉnh và cho kỳ báo cáo năm. Thiếu dân số trung bình thì để trống; xã chưa báo cáo số
  trẻ sinh ra được nêu ở trang Kiểm tra, vì khi đó tỷ suất thấp hơn thực tế.
description_en: >-
  Live births in the year / the province's average population × 1000. The numerator is the live births
  the communes reported (boys and girls); the denominator the average population the provincial
  statistics office supplies. Province only, annual periods only. Without the average population the
  value is empty; communes that did not report their births are listed on the checks sheet, as the rate
  is then too low.
definition_source_vi: >-
  Định nghĩa chuẩn của hệ thống chỉ tiêu thống kê quốc gia (siêu dữ liệu của Tổng cục Thống kê); tên
  chỉ tiêu theo Phụ lục I của Thông tư 13/2021/TT-BLĐTBXH, công thức chưa đối chiếu với văn bản Thông tư.
definition_source_en: >-
  The national statistical system's standard definition (General Statistics Office metadata); the name
  is as published in Phụ lục I of Circular 13/2021/TT-BLĐTBXH, the formula was not checked against its text.
data_from_vi: >-
  số trẻ em sinh ra sống từ biểu số 01/TK13 của các xã (mục 8), dân số trung bình của tỉnh từ biểu
  ngành do Thống kê tỉnh cung cấp; dân số trung bình chỉ có cho toàn tỉnh.
data_from_en: >-
  live births from the communes' form 01/TK13 (item 8), the province's average population from the
  sector form of the provincial statistics office, which exists for the whole province only.
checks:
  - name: births_not_reported
    description_vi: Các xã chưa báo cáo đủ số trẻ em sinh ra sống (cả bé trai và bé gái) thì tỷ suất sinh thô của tỉnh thấp hơn thực tế
    description_en: Communes that did not report their live births (boys and girls) make the province's crude birth rate too low
    detail_vi: "{missing}/{communes} xã chưa báo cáo đủ số trẻ em sinh ra sống; tỷ suất chỉ tính số trẻ sinh của các xã đã báo cáo"
    detail_en: "{missing} of {communes} communes did not report their live births in full; the rate counts only the births reported"
    sql: |
      WITH reported AS (
        SELECT commune_code, bool_and(value IS NOT NULL) AS complete
        FROM commune_forms
        WHERE period = $period AND item = 'live_births' AND sex IS NOT NULL
        GROUP BY commune_code
      )
      SELECT u.unit_code, count(*) AS communes, count(*) FILTER (WHERE NOT coalesce(r.complete, false)) AS missing
      FROM unit_communes u
      JOIN computed_values v
        ON v.indicator = 'crude_birth_rate' AND v.unit_code = u.unit_code AND v.unit_level = u.unit_level
       AND v.disaggregation = 'total' AND v.value IS NOT NULL
      LEFT JOIN reported r ON r.commune_code = u.commune_code
      WHERE u.unit_level = 'province'
      GROUP BY u.unit_code
      HAVING count(*) FILTER (WHERE NOT coalesce(r.complete, false)) > 0
  - name: population_below_children
    description_vi: Dân số trung bình của tỉnh không thể nhỏ hơn số trẻ em dưới 16 tuổi các xã báo cáo; khi đó tỷ suất sinh thô sai
    description_en: The province's average population cannot be below the children under 16 the communes report; the crude birth rate is then wrong
    detail_vi: "Dân số trung bình {population} người nhỏ hơn {children} trẻ em dưới 16 tuổi các xã báo cáo: kiểm tra lại biểu của Thống kê tỉnh (ghi số người, không ghi theo nghìn người)"
    detail_en: "An average population of {population} is below the {children} children under 16 the communes report: check the statistics office's form (people, not thousands)"
    sql: |
      WITH children AS (
        SELECT u.unit_code, u.unit_level, sum(f.value) AS children
        FROM unit_communes u
        JOIN commune_forms f ON f.commune_code = u.commune_code
        WHERE u.unit_level = 'province' AND f.period = $period AND f.item = 'population' AND f.value IS NOT NULL
        GROUP BY u.unit_code, u.unit_level
      )
      SELECT v.unit_code, v.unit_level, v.denominator::BIGINT AS population, c.children::BIGINT AS children
      FROM computed_values v
      JOIN children c ON c.unit_code = v.unit_code AND c.unit_level = v.unit_level
      WHERE v.indicator = 'crude_birth_rate' AND v.disaggregation = 'total' AND v.denominator < c.children
*/
WITH births AS (
  SELECT commune_code AS unit_code, sum(value) AS births
  FROM commune_forms
  WHERE period = $period AND item = 'live_births' AND sex IS NOT NULL AND value IS NOT NULL
  GROUP BY commune_code
),
population AS (
  SELECT unit_code, sum(value) AS people
  FROM sector_forms
  WHERE period = $period AND item = 'average_population' AND unit_level = 'province' AND value IS NOT NULL
  GROUP BY unit_code
)
SELECT unit_code, births AS numerator, NULL::BIGINT AS denominator FROM births
UNION ALL
SELECT unit_code, NULL::BIGINT AS numerator, people AS denominator FROM population
