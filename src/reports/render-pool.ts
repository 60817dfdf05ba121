import { availableParallelism } from 'node:os';
import { compiledWorker, createWorkerPool } from '../core/worker-pool.js';
import type { Lang } from '../i18n/catalog-types.js';
import type { ReportModel } from './report-model.js';

export interface RenderRequest {
  model: ReportModel;
  lang: Lang;
}

/** Renders report models to workbook bytes on worker threads (the same `renderReport`, elsewhere). */
export interface RenderPool {
  render(model: ReportModel, lang: Lang): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function createRenderPool(size: number = availableParallelism()): RenderPool {
  const pool = createWorkerPool<RenderRequest, Uint8Array>(compiledWorker(import.meta.url, 'reports/render-worker.js', 'render-worker.js'), size, 'report render');
  return { render: (model, lang) => pool.run({ model, lang }), close: () => pool.close() };
}
