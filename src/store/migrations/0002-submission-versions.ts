/**
 * The one definition of a version (issue 11). Every command reads versions through the table macro
 * `submission_versions(as_of)`; nothing else numbers versions or decides which one is current.
 *
 * Rule: the versions of one unit, period and kind (form, abuse-cases, sanctions) are numbered 1, 2, …
 * in receipt order (`received_at`, the time the province received the file — never the order they were
 * ingested); two versions received at the same instant are ordered by ingest order (`submission_id`,
 * which grows with every file stored). As of a moment, the versions received by then exist and the
 * latest received of them is current (`is_current`). A version's number never depends on `as_of`:
 * only versions received earlier come before it. Ingesting a file whose receipt time is earlier than
 * a stored version's gives the new file the lower number and moves the later ones up by one.
 *
 * `as_of` is a TIMESTAMPTZ (bound by the caller) or NULL for "everything received".
 *
 * The canonical views the indicator definitions read (commune_forms, district_forms, abuse_cases,
 * sanctions, through `current_submissions`) cannot take a parameter, so `current_submissions` is the
 * macro's current rows as of the session variable `tk13_as_of`, which only the indicator engine sets
 * (src/indicators/session.ts) and always resets. The engine also sets `tk13_source_provinces` (a list of
 * 'list:province' keys: the provinces, in their own list, whose submissions can hold rows of the
 * province computed) so a compute for one province reads that province's submissions only.
 */
export const submissionVersionsSchema = `
CREATE MACRO submission_versions(as_of) AS TABLE
SELECT s.*,
       row_number() OVER (PARTITION BY s.unit_code, s.period, s.kind ORDER BY s.received_at, s.submission_id)::INTEGER AS version,
       row_number() OVER (PARTITION BY s.unit_code, s.period, s.kind ORDER BY s.received_at DESC, s.submission_id DESC) = 1 AS is_current
  FROM submissions s
 WHERE s.received_at <= coalesce(as_of::TIMESTAMPTZ, TIMESTAMPTZ '9999-12-31 00:00:00+00');

CREATE OR REPLACE VIEW current_submissions AS
SELECT * EXCLUDE (version, is_current) FROM submission_versions(getvariable('tk13_as_of'))
 WHERE is_current
   AND (getvariable('tk13_source_provinces') IS NULL
        OR list_contains(getvariable('tk13_source_provinces'), unit_list || ':' || province_code));
`;
