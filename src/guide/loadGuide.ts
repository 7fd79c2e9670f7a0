import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGuide, type Guide } from './buildGuide';

export type GuideEntry = CollectionEntry<'guide'>;

let cached: Promise<Guide<GuideEntry>> | undefined;

/** The guide, built once per build from the content collection. */
export function loadGuide(): Promise<Guide<GuideEntry>> {
  cached ??= getCollection('guide').then((entries) =>
    buildGuide(entries.map((entry) => ({ id: entry.id, data: entry.data, entry }))),
  );
  return cached;
}
