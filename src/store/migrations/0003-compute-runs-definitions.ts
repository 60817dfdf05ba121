/**
 * `compute_runs` also records the definitions' hash and the diagnostics of loading them, so a compute
 * whose fingerprint still holds answers without parsing the definitions again. Rows stored before
 * have NULLs there and are simply computed again once.
 */
export const computeRunsDefinitionsSchema = `
ALTER TABLE compute_runs ADD COLUMN definitions_hash VARCHAR;
ALTER TABLE compute_runs ADD COLUMN load_diagnostics_json VARCHAR;
`;
