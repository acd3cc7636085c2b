import russianCities from './russian-cities.json';

/**
 * A Russian town or city where work can be, from the shared list of Russian cities (CC BY-SA 4.0, see README):
 * its name and its federal subject («Алтайский край»). Vacancies and resumes name their place by it.
 */
export interface Place {
  name: string;
  region: string;
}

/** The list, most populous first. */
const localities: readonly Place[] = russianCities.map(({ name, region }) => ({ name, region }));
const names = new Set(localities.map(({ name }) => name));

/** The federal subjects, by name. */
export const regions: readonly string[] = [...new Set(localities.map(({ region }) => region))].sort((a, b) =>
  a.localeCompare(b, 'ru'),
);
const knownRegions = new Set(regions);

const folded = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е').trim();

/**
 * Localities (of `region` when given) whose name starts with `search`, ignoring case and ё, then those
 * containing it; most populous first.
 */
export function findLocalities(search: string | null, region: string | null, limit: number): Place[] {
  const wanted = folded(search ?? '');
  const inRegion = region ? localities.filter((locality) => locality.region === region) : localities;
  if (!wanted) return inRegion.slice(0, limit);
  const starting: Place[] = [];
  const containing: Place[] = [];
  for (const locality of inRegion) {
    const name = folded(locality.name);
    if (name.startsWith(wanted)) starting.push(locality);
    else if (name.includes(wanted) || folded(locality.region).startsWith(wanted)) containing.push(locality);
  }
  return [...starting, ...containing].slice(0, limit);
}

export const isKnownRegion = (region: string) => knownRegions.has(region);

/** Whether a town or city of this name is in the list. */
export const isLocality = (name: string) => names.has(name);

/** The regions a locality of this name is in (several towns share a name: Железногорск, Киров). */
export const regionsOfLocality = (name: string) =>
  localities.filter((locality) => locality.name === name).map(({ region }) => region);
