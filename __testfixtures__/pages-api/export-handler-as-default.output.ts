import { NextResponse } from 'next/server';
import { listInvoices } from '@/lib/billing';

export async function GET() {
  const invoices = await listInvoices();
  return NextResponse.json({ invoices }, { status: 200 });
}
