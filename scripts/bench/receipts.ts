import { Random, addDays, seedOf } from '../lib/random.js';

/**
 * When a unit's file arrived, derived from the unit code and the file kind alone (so any subset of
 * the dataset agrees with the whole): forms from 15/05 to 22/05 (some after the 20/05 deadline),
 * registers from 15/05 to 20/05, after the data window closed on 14/05; office hours, UTC+7.
 */
export function receivedAt(unitCode: string, kind: 'form' | 'abuse-cases' | 'sanctions'): string {
  const rng = new Random(seedOf(`received:${kind}:${unitCode}`));
  const day = addDays('2024-05-14', kind === 'form' ? rng.int(1, 8) : rng.int(1, 6));
  return `${day}T${String(rng.int(7, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00+07:00`;
}
