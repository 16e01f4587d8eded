import { EventEmitter } from 'events';

// In-process bus for the dev dashboard; each server instance has its own.
export const bus = new EventEmitter();
bus.setMaxListeners(100);

export type BuildEvent = { id: string; type: 'log' | 'status'; data: string; at: number };
