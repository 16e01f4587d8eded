import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function GET() {
  try {
    const orders = await prisma.order.findMany({ include: { items: true } });
    return NextResponse.json(orders, { status: 200 });
  } catch (error) {
    console.error('Failed to load orders', error);
    return NextResponse.json({ error: 'Internal Server Error' }, { status: 500 });
  }
}
