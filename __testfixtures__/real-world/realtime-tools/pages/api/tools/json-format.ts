// The formatter feature owns its API route; this file only mounts it at /api/tools/json-format.
export { default, config } from '@/features/formatter/api';
