/** The reporting calendar file (calendar/calendar.yaml): its schema and its one parser. Loads yaml and zod. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const dayOfYearSchema = z.object({
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  year_offset: z.number().int().min(-1).max(1).default(0),
});
const windowSpec = z.object({ start: dayOfYearSchema, end: dayOfYearSchema });
const reportSpecSchema = z.object({ window: windowSpec, deadline: dayOfYearSchema });

const calendarSchema = z.object({
  report_types: z.object({ 'half-year': reportSpecSchema, annual: reportSpecSchema }),
  overrides: z
    .array(
      z.object({
        province: z.string().regex(/^\d{2}$/),
        level: z.enum(['commune', 'district', 'sector']).optional(),
        report_type: z.enum(['half-year', 'annual']),
        window: windowSpec.optional(),
        deadline: dayOfYearSchema.optional(),
      }),
    )
    .default([]),
});

export type CalendarSpec = z.infer<typeof calendarSchema>;

/** Parses and checks a calendar file; throws on a file that does not match the schema. */
export function loadCalendar(path: string): CalendarSpec {
  return calendarSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}

export type ReportSpec = z.infer<typeof reportSpecSchema>;
export type DayOfYear = z.infer<typeof dayOfYearSchema>;
