import { NextRequest, NextResponse } from 'next/server';
import { getDocBySlug } from '@/lib/docs';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ slug: string[] }> }) {
  const { slug } = await params;
  const path = (slug as string[]).join('/');
  const doc = await getDocBySlug(path);
  if (!doc) {
    return NextResponse.json({ error: `No doc at ${path}` }, { status: 404 });
  }
  return NextResponse.json(doc, { status: 200 });
}
