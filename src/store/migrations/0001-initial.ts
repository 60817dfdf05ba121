/**
 * The first schema. Submissions are never updated or deleted: a later version for the same unit,
 * period and kind supersedes the earlier one through `current_submissions`.
 * Indicator definitions read only the canonical views at the end (commune_forms, abuse_cases, sanctions);
 * the engine sets two variables before running them:
 *   tk13_as_of      only submissions received by then count (default: everything);
 *   tk13_unit_list  the administrative list codes are resolved to (default: each submission's own list).
 */
export const initialSchema = `
CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);

CREATE TABLE unit_lists (list_id VARCHAR PRIMARY KEY, valid_from DATE NOT NULL, valid_to DATE, source VARCHAR NOT NULL);
CREATE TABLE units (
  list_id VARCHAR NOT NULL, code VARCHAR NOT NULL, level VARCHAR NOT NULL, name VARCHAR NOT NULL,
  parent_code VARCHAR, province_code VARCHAR NOT NULL, PRIMARY KEY (list_id, code));
CREATE TABLE commune_merges (
  old_code VARCHAR NOT NULL, new_code VARCHAR NOT NULL, merge_type VARCHAR NOT NULL, PRIMARY KEY (old_code, new_code));

CREATE SEQUENCE submission_id_seq START 1;
CREATE TABLE submissions (
  submission_id INTEGER PRIMARY KEY,
  sha256 VARCHAR NOT NULL UNIQUE,
  file_name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  unit_code VARCHAR NOT NULL,
  unit_level VARCHAR NOT NULL,
  unit_list VARCHAR NOT NULL,
  province_code VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  template_version INTEGER,
  row_count INTEGER NOT NULL,
  received_at TIMESTAMPTZ NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL);

CREATE TABLE submission_diagnostics (
  submission_id INTEGER NOT NULL, seq INTEGER NOT NULL, code VARCHAR NOT NULL, severity VARCHAR NOT NULL,
  sheet VARCHAR, cell VARCHAR, line INTEGER, column_name VARCHAR, item VARCHAR,
  found VARCHAR, expected VARCHAR, params_json VARCHAR);

CREATE TABLE form_values (
  submission_id INTEGER NOT NULL, item VARCHAR NOT NULL, disaggregation VARCHAR NOT NULL,
  sex VARCHAR, age_group VARCHAR, category VARCHAR, value BIGINT, cell VARCHAR);

CREATE TABLE abuse_case_rows (
  submission_id INTEGER NOT NULL, line INTEGER NOT NULL, case_id VARCHAR NOT NULL, child_id VARCHAR NOT NULL,
  commune_code VARCHAR NOT NULL, detected_on DATE NOT NULL, sex VARCHAR NOT NULL, age_years INTEGER NOT NULL,
  age_group VARCHAR, abuse_forms VARCHAR[] NOT NULL, environments VARCHAR[] NOT NULL, supported BOOLEAN NOT NULL,
  ethnicity VARCHAR, perpetrator_relation VARCHAR);

CREATE TABLE sanction_rows (
  submission_id INTEGER NOT NULL, line INTEGER NOT NULL, decision_id VARCHAR NOT NULL, decided_on DATE NOT NULL,
  commune_code VARCHAR NOT NULL, violator_id VARCHAR NOT NULL, violator_type VARCHAR NOT NULL,
  fine_vnd BIGINT, related_case_id VARCHAR);

CREATE TABLE indicator_values (
  period VARCHAR NOT NULL, province_code VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
  unit_code VARCHAR NOT NULL, unit_level VARCHAR NOT NULL, disaggregation VARCHAR NOT NULL,
  value DOUBLE, numerator DOUBLE, denominator DOUBLE);

CREATE TABLE compute_runs (
  period VARCHAR NOT NULL, province_code VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL,
  computed_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (period, province_code));

CREATE TABLE check_results (
  period VARCHAR NOT NULL, province_code VARCHAR NOT NULL, indicator VARCHAR NOT NULL, check_name VARCHAR NOT NULL,
  unit_code VARCHAR, detail VARCHAR NOT NULL);

CREATE VIEW current_submissions AS
SELECT s.* FROM submissions s
WHERE s.received_at <= coalesce(getvariable('tk13_as_of')::TIMESTAMPTZ, TIMESTAMPTZ '9999-12-31 00:00:00+00')
QUALIFY row_number() OVER (PARTITION BY s.unit_code, s.period, s.kind ORDER BY s.received_at DESC, s.submission_id DESC) = 1;

-- Every code a row may carry, resolved to a commune of a target list: a list's own communes, and
-- 2024-list communes that went whole into one 2025-list commune. Split communes resolve nowhere.
CREATE VIEW commune_resolution AS
SELECT list_id AS source_list, code, list_id AS target_list, code AS commune_code FROM units WHERE level = 'commune'
UNION ALL
SELECT '2024', old_code, '2025', new_code FROM commune_merges WHERE merge_type = 'full';

-- Each commune of a list with itself and every unit above it.
CREATE VIEW unit_ancestors AS
SELECT c.list_id, c.code AS commune_code, 'commune' AS level, c.code AS ancestor_code FROM units c WHERE c.level = 'commune'
UNION ALL
SELECT c.list_id, c.code, 'district', c.parent_code FROM units c WHERE c.level = 'commune' AND c.list_id = '2024'
UNION ALL
SELECT c.list_id, c.code, 'province', c.province_code FROM units c WHERE c.level = 'commune';

CREATE VIEW commune_forms AS
SELECT s.period, cr.commune_code, f.item, f.sex, f.age_group, f.category, f.value, s.submission_id
FROM form_values f
JOIN current_submissions s USING (submission_id)
JOIN commune_resolution cr
  ON cr.source_list = s.unit_list AND cr.code = s.unit_code
 AND cr.target_list = coalesce(getvariable('tk13_unit_list'), s.unit_list)
WHERE s.kind = 'form' AND s.unit_level = 'commune';

CREATE VIEW district_forms AS
SELECT s.period, s.unit_code AS district_code, f.item, f.disaggregation, f.sex, f.age_group, f.category, f.value, f.cell, s.submission_id
FROM form_values f JOIN current_submissions s USING (submission_id)
WHERE s.kind = 'form' AND s.unit_level = 'district';

CREATE VIEW abuse_cases AS
SELECT r.case_id, r.child_id, cr.commune_code, r.detected_on, r.sex, r.age_years, r.age_group,
       r.abuse_forms, r.environments, r.supported, r.submission_id, r.line
FROM abuse_case_rows r
JOIN current_submissions s USING (submission_id)
JOIN commune_resolution cr
  ON cr.source_list = s.unit_list AND cr.code = r.commune_code
 AND cr.target_list = coalesce(getvariable('tk13_unit_list'), s.unit_list);

CREATE VIEW sanctions AS
SELECT r.decision_id, r.decided_on, cr.commune_code, r.violator_id, r.violator_type, r.fine_vnd,
       r.related_case_id, r.submission_id, r.line
FROM sanction_rows r
JOIN current_submissions s USING (submission_id)
JOIN commune_resolution cr
  ON cr.source_list = s.unit_list AND cr.code = r.commune_code
 AND cr.target_list = coalesce(getvariable('tk13_unit_list'), s.unit_list);
`;
