// Request body schemas for the v1 API (imported by the route files).
import { z } from 'zod';

export const createKeySchema = z.object({
  name: z.string().min(1).max(64),
  scopes: z.array(z.enum(['projects:read', 'projects:write', 'events:write'])).default(['projects:read']),
});

export const updateKeySchema = createKeySchema.partial();

export const createProjectSchema = z.object({
  name: z.string().regex(/^[a-z0-9-]{3,40}$/),
  framework: z.enum(['nextjs', 'remix', 'astro', 'other']).default('nextjs'),
});

export const eventSchema = z.object({
  type: z.string(),
  payload: z.record(z.unknown()).optional(),
});
