/**
 * The benchmark dataset on disk: generated once into a temporary folder per scope and reused while
 * (1) every file still hashes to what was recorded when it was written, and (2) the generator still
 * produces the same bytes: its first form and first district's registers are made again and compared,
 * so a change to the template or the synthetic data is noticed without listing source files.
 */
import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formSpec } from '../../src/forms/spec.js';
import { communeForm } from './commune-form.js';
import { DESCRIPTION, MANIFEST, SECTOR_FORMS_DIR, formPath, sectorFormPath } from './dataset-layout.js';
import { sectorFormSpec, sectorsDue } from '../../src/sector-forms/spec.js';
import { sectorFormTemplateBytes } from '../../src/templates/sector-form-template.js';
import { syntheticFormValues } from '../lib/synthetic.js';
import { syntheticSectorValues } from '../lib/synthetic-sector.js';
import { type DatasetPlan, planDataset } from './dataset-plan.js';
import { receivedAt } from './receipts.js';
import { districtRegisters } from './registers.js';

export interface Dataset {
  dir: string;
  period: string;
  provinces: string[];
  forms: number;
  registers: number;
  /** The province departments' sector forms (one per province and department due in the period). */
  sectorForms: number;
  caseRows: number;
  sanctionRows: number;
  bytes: number;
  /** A form of the dataset, for the `validate` stage. */
  sampleForm: string;
  contentHash: string;
  reused: boolean;
}

type Description = Omit<Dataset, 'reused'> & { paths: string[] };

const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Hash of every file of the dataset (path and bytes), in path order. */
function contentHash(dir: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of [...paths].sort()) hash.update(`${path}\0${sha(readFileSync(join(dir, path)))}\n`);
  return hash.digest('hex');
}

function forkShard(dir: string, period: string, communes: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = fork(join(import.meta.dirname, 'form-shard.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`form shard exited with ${code}`))));
    child.send({ dir, period, communes });
  });
}

/** Forms are the slow part (exceljs writes each workbook): one child process per core. */
async function writeForms(plan: DatasetPlan, dir: string): Promise<void> {
  const codes = plan.communes.map((c) => c.code);
  const shards = Math.max(1, Math.min(availableParallelism(), Math.ceil(codes.length / 50)));
  await Promise.all(Array.from({ length: shards }, (_, s) => forkShard(dir, plan.period.id, codes.filter((_, i) => i % shards === s))));
}

/**
 * A province department's sector form, from the real sector form template, filled from the same
 * synthetic commune figures as the forms (scripts/lib/synthetic-sector.ts).
 */
async function sectorForm(plan: DatasetPlan, province: string, sectorId: string): Promise<{ path: string; bytes: Uint8Array }> {
  const cells = formSpec().inputCells;
  const figures = new Map(plan.communes.filter((c) => c.provinceCode === province).map((c) => [c.code, syntheticFormValues(c.code, cells, plan.period)]));
  const values = syntheticSectorValues(sectorFormSpec(), sectorId, plan.period, province, figures);
  return { path: sectorFormPath(province, sectorId, plan.period.id), bytes: await sectorFormTemplateBytes(sectorId, plan.period, province, values) };
}

/** Every province department's sector form due in the period (issue 15). */
async function writeSectorForms(plan: DatasetPlan, dir: string): Promise<Array<{ path: string; receivedAt: string }>> {
  const written: Array<{ path: string; receivedAt: string }> = [];
  mkdirSync(join(dir, SECTOR_FORMS_DIR), { recursive: true });
  for (const province of plan.provinces) {
    for (const sector of sectorsDue(sectorFormSpec(), plan.period.type)) {
      const { path, bytes } = await sectorForm(plan, province, sector.id);
      writeFileSync(join(dir, path), bytes);
      written.push({ path, receivedAt: receivedAt(`${province}-${sector.id}`, 'form') });
    }
  }
  return written;
}

async function generate(plan: DatasetPlan, dir: string): Promise<Description> {
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  await writeForms(plan, partial);
  const forms = plan.communes.map((c) => ({ path: formPath(c.provinceCode, c.code, plan.period.id), receivedAt: receivedAt(c.code, 'form') }));
  const registers = plan.districts.flatMap((district) => districtRegisters(plan.period, district));
  for (const file of registers) {
    mkdirSync(dirname(join(partial, file.path)), { recursive: true });
    writeFileSync(join(partial, file.path), file.text);
  }
  const sectorForms = await writeSectorForms(plan, partial);
  const files = [...forms, ...registers, ...sectorForms].sort((a, b) => (a.path < b.path ? -1 : 1));
  writeFileSync(join(partial, MANIFEST), `file,received_at\n${files.map((f) => `${f.path},${f.receivedAt}`).join('\n')}\n`);
  const paths = [...files.map((f) => f.path), MANIFEST];
  const rowsOf = (kind: string) => registers.filter((r) => r.path.endsWith(`${kind}.csv`)).reduce((n, r) => n + r.rows, 0);
  const description: Description = {
    dir,
    period: plan.period.id,
    provinces: plan.provinces,
    forms: forms.length,
    registers: registers.length,
    sectorForms: sectorForms.length,
    caseRows: rowsOf('abuse-cases'),
    sanctionRows: rowsOf('sanctions'),
    bytes: paths.reduce((n, p) => n + statSync(join(partial, p)).size, 0),
    sampleForm: join(dir, forms[0].path),
    contentHash: contentHash(partial, paths),
    paths,
  };
  writeFileSync(join(partial, DESCRIPTION), `${JSON.stringify(description, null, 1)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return description;
}

/** Does the generator still write what is on disk? Checked on the first form, sector form and district. */
async function generatorUnchanged(plan: DatasetPlan, dir: string): Promise<boolean> {
  const first = plan.communes[0];
  const form = await communeForm(first.code, plan.period, formSpec().inputCells);
  const sector = sectorsDue(sectorFormSpec(), plan.period.type)[0];
  const department = sector ? await sectorForm(plan, plan.provinces[0], sector.id) : undefined;
  const expected = [
    { path: formPath(first.provinceCode, first.code, plan.period.id), digest: sha(form) },
    ...(department ? [{ path: department.path, digest: sha(department.bytes) }] : []),
    ...districtRegisters(plan.period, plan.districts[0]).map((f) => ({ path: f.path, digest: sha(f.text) })),
  ];
  return expected.every(({ path, digest }) => existsSync(join(dir, path)) && sha(readFileSync(join(dir, path))) === digest);
}

function recorded(dir: string): Description | undefined {
  const path = join(dir, DESCRIPTION);
  if (!existsSync(path)) return undefined;
  const description = JSON.parse(readFileSync(path, 'utf8')) as Description;
  const intact = description.dir === dir && description.paths.every((p) => existsSync(join(dir, p)));
  return intact && contentHash(dir, description.paths) === description.contentHash ? description : undefined;
}

/** The dataset of these provinces: reused when intact and still what the generator makes, else (re)generated. */
export async function ensureDataset(provinces: readonly string[], options: { root?: string; log?: (line: string) => void } = {}): Promise<Dataset> {
  const plan = planDataset(provinces);
  const label = plan.provinces.length === 1 ? plan.provinces[0] : `${plan.provinces.length}-provinces`;
  const dir = join(options.root ?? join(tmpdir(), 'tk13-bench'), `${label}-${plan.period.id}-${sha(plan.provinces.join(',')).slice(0, 8)}`);
  const found = recorded(dir);
  if (found && (await generatorUnchanged(plan, dir))) {
    const { paths: _paths, ...dataset } = found;
    return { ...dataset, reused: true };
  }
  options.log?.(`generating ${plan.communes.length} forms and the registers of ${plan.districts.length} districts into ${dir} …`);
  const { paths: _paths, ...dataset } = await generate(plan, dir);
  return { ...dataset, reused: false };
}
