import { NextRequest, NextResponse } from 'next/server';
import { revalidatePath } from 'next/cache';
import { legacyQuery } from '../../_lib/legacy-api';

async function handler(request: NextRequest) {
  const query = legacyQuery(request);
  if (query.secret !== process.env.REVALIDATE_SECRET) {
    return NextResponse.json({ message: 'Invalid token' }, { status: 401 });
  }
  try {
    revalidatePath(`/blog/${query.slug}`);
    return NextResponse.json({ revalidated: true });
  } catch (err) {
    return new Response('Error revalidating', { status: 500 });
  }
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
