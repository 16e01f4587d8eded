import { NextRequest, NextResponse } from 'next/server';
import { logger } from '@/lib/logger';
import { renderCard } from '@/lib/cards';

export async function GET(request: NextRequest) {
  logger.info(`GET ${request.nextUrl.pathname.concat(request.nextUrl.search)}`);
  const { searchParams } = new URL(request.nextUrl.pathname.concat(request.nextUrl.search)!, 'http://localhost');
  const card = await renderCard({ title: searchParams.get('title') ?? 'Untitled' });
  return NextResponse.json(card, { status: 200 });
}
