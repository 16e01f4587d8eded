import { NextResponse } from 'next/server';
import { getProducts } from '@/lib/shopify';

export async function GET() {
  const products = await getProducts({ first: 20 });
  return NextResponse.json(products, { status: 200 });
}
