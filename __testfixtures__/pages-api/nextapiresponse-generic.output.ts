import { NextResponse } from 'next/server';

type Data = {
  name: string;
};

function handler() {
  return NextResponse.json({ name: 'John Doe' }, { status: 200 });
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
