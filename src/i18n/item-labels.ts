import type { Lang } from './catalog-types.js';

/**
 * How a message names the `item` of a diagnostic. i18n knows no area: the area that owns a kind of
 * item (the forms area for form inputs) registers a describer here, and `renderMessage` asks each in
 * turn. A describer returns undefined for a reference it does not own; an item no describer
 * recognises is shown as it is (register columns, for instance).
 */
export type ItemDescriber = (ref: string, lang: Lang) => string | undefined;

const describers: ItemDescriber[] = [];

/** Registers a describer once (registering the same function again is a no-op). */
export function registerItemDescriber(describe: ItemDescriber): void {
  if (!describers.includes(describe)) describers.push(describe);
}

/** The label of an item reference in `lang`, from the first describer that owns it, else the reference. */
export function describeItem(ref: string, lang: Lang): string {
  for (const describe of describers) {
    const label = describe(ref, lang);
    if (label !== undefined) return label;
  }
  return ref;
}
