import { NextRequest, NextResponse } from 'next/server';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const {
    id
  } = await params;

  return NextResponse.json({ id }, { status: 200 });
}

export async function PUT(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const {
    id
  } = await params;

  {
    const id = Number((await params).id);
    return NextResponse.json({ id }, { status: 200 });
  }
}
