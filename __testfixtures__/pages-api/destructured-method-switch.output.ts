import { NextRequest, NextResponse } from 'next/server';
import type { User } from '../../../../interfaces';

import { legacyQuery } from '../../../_lib/legacy-api';

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const query = legacyQuery(request, await params);

  const {
          id,
          name
        } = query,
        method = request.method;

  return NextResponse.json({ id: Number(id), name: `User ${id}` }, { status: 200 });
}

export async function PUT(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const query = legacyQuery(request, await params);

  const {
          id,
          name
        } = query,
        method = request.method;

  return NextResponse.json({ id: Number(id), name: name as string }, { status: 200 });
}
