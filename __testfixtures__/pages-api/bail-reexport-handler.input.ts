// RS104
export { default } from '@/features/billing/api/invoices';
