/**
 * Sector forms (issue 15): the figures a province department supplies, one value per item and area.
 * A sector form is a submission of kind `sector:<department id>` (templates/sector-forms.yaml) whose
 * unit is the province, so each department's versions are numbered on their own by
 * `submission_versions` (migration 0002) and superseded whole, as a commune's form is.
 *
 * `sector_values.area_level` is `province` (the whole province) or `commune` (a commune of the
 * submission's list). The canonical view `sector_forms`, which indicator definitions read, resolves a
 * commune to the compute's list as `commune_forms` does (old codes merged whole map to their new
 * commune); a province figure counts only on its own list, where its code means the same province.
 * Blank cells are stored as NULL ("not reported"), never 0.
 */
export const sectorFormsSchema = `
CREATE TABLE sector_values (
  submission_id INTEGER NOT NULL, item VARCHAR NOT NULL, area_code VARCHAR NOT NULL, area_level VARCHAR NOT NULL,
  value BIGINT, cell VARCHAR);

CREATE VIEW sector_forms AS
SELECT s.period, substr(s.kind, 8) AS sector,
       CASE v.area_level WHEN 'commune' THEN cr.commune_code ELSE v.area_code END AS unit_code,
       v.area_level AS unit_level, v.item, v.value, s.submission_id
FROM sector_values v
JOIN current_submissions s USING (submission_id)
LEFT JOIN commune_resolution cr
  ON v.area_level = 'commune' AND cr.source_list = s.unit_list AND cr.code = v.area_code
 AND cr.target_list = coalesce(getvariable('tk13_unit_list'), s.unit_list)
WHERE s.kind LIKE 'sector:%'
  AND CASE v.area_level
        WHEN 'commune' THEN cr.commune_code IS NOT NULL
        ELSE s.unit_list = coalesce(getvariable('tk13_unit_list'), s.unit_list)
      END;
`;
