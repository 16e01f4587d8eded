import { NextRequest } from 'next/server';
import { resolveShortLink } from '@/lib/links';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const target = await resolveShortLink((await params).code as string);
  if (!target) {
    return new Response(
      null,
      { status: 302, headers: { location: 'https://example.com/not-found' } }
    );
  }
  return new Response(null, { status: 301, headers: { location: target.url } });
}
