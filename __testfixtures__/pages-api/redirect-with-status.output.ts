import { NextRequest, NextResponse } from 'next/server';
import { resolveShortLink } from '@/lib/links';

export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const target = await resolveShortLink((await params).code as string);
  if (!target) {
    return NextResponse.redirect(new URL('https://example.com/not-found', request.url), 302);
  }
  return NextResponse.redirect(new URL(target.url, request.url), 301);
}
