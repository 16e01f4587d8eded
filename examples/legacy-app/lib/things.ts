// A small fixed catalogue for the method-map and promise routes; nothing is ever stored.

export interface Thing {
  id: string;
  label: string;
  archived: boolean;
}

const THINGS: Thing[] = [
  { id: 't1', label: 'Left sock', archived: false },
  { id: 't2', label: 'Umbrella', archived: false },
  { id: 't3', label: 'Old phone', archived: true },
];

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

const later = <T>(value: () => T) => new Promise<T>((resolve, reject) => setTimeout(() => {
  try {
    resolve(value());
  } catch (err) {
    reject(err);
  }
}, 5));

export function allThings(includeArchived = false): Thing[] {
  return THINGS.filter((t) => includeArchived || !t.archived);
}

/** Resolves with the thing, or rejects: a missing id with NotFoundError, a malformed one with Error. */
export function fetchThing(id: string): Promise<Thing> {
  return later(() => {
    if (!/^t\d+$/.test(id)) throw new Error(`Malformed id "${id}"`);
    const thing = THINGS.find((t) => t.id === id);
    if (!thing) throw new NotFoundError(`Thing ${id}`);
    return thing;
  });
}
