import { NextRequest, NextResponse } from 'next/server';
import { findLink } from '@/lib/links';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  let responseStatus = 200;
  const link = await findLink((await params).code as string);
  if (!link) {
    responseStatus = 404;
    return NextResponse.json({ message: 'Link not found' }, { status: responseStatus });
  }
  responseStatus = 200;
  return NextResponse.json({ url: link.url, clicks: link.clicks }, { status: responseStatus });
}
