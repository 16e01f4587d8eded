import { NextResponse } from 'next/server';
import { getPopularPosts } from '@/lib/analytics';

export async function GET() {
  const responseHeaders = new Headers();
  const posts = await getPopularPosts({ days: 7 });
  responseHeaders.set('Cache-Control', 'public, s-maxage=60, stale-while-revalidate=300');
  return NextResponse.json(posts, { status: 200, headers: responseHeaders });
}
