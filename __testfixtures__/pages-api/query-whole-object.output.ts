import { NextRequest, NextResponse } from 'next/server';
import { buildProductFilter } from '@/lib/filters';
import { prisma } from '@/lib/prisma';

import { legacyQuery } from '../../../../_lib/legacy-api';

export async function GET(request: NextRequest, { params }: { params: Promise<{ storeId: string }> }) {
  const query = legacyQuery(request, await params);
  const where = buildProductFilter(query);
  const products = await prisma.product.findMany({ where });
  return NextResponse.json(products, { status: 200 });
}
