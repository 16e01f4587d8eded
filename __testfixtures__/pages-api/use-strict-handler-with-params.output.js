import { NextResponse } from 'next/server';

async function handler(_request, { params }) {
  const { id } = await params;
  return NextResponse.json({ id }, { status: 200 });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
