import { NextRequest, NextResponse } from 'next/server';

async function handler(request: NextRequest) {
  const buf = Buffer.from(await request.arrayBuffer());
  return NextResponse.json({ size: buf.length }, { status: 200 });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
