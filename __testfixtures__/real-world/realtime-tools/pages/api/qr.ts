// GET /api/qr?text=...&size=256 — implemented in features/qr
export { default } from '../../features/qr/handler';
