import * as z from 'zod';

export const projectCreateSchema = z.object({
  name: z.string().min(2).max(64),
  description: z.string().max(280).optional(),
});

export const projectPatchSchema = z.object({
  name: z.string().min(2).max(64).optional(),
  description: z.string().max(280).optional(),
  archived: z.boolean().optional(),
});
