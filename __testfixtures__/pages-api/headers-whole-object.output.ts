import { NextRequest, NextResponse } from 'next/server';

function handler(request: NextRequest) {
  if (process.env.NODE_ENV === 'production') {
    return NextResponse.json({ error: 'Not found' }, { status: 404 });
  }

  return NextResponse.json(
    { method: request.method, headers: Object.fromEntries(request.headers) },
    { status: 200 }
  );
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
