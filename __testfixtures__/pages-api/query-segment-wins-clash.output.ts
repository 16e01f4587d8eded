import { NextRequest, NextResponse } from 'next/server';
import { getTeamMembers } from '@/lib/teams';

import { legacyQuery } from '../../../../_lib/legacy-api';

// GET /api/teams/acme/members?slug=other&role=admin reads slug 'acme': the path segment wins.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const query = legacyQuery(request, await params);
  const { slug, role } = query;
  const members = await getTeamMembers(slug as string, { role: role as string | undefined });
  return NextResponse.json({ team: slug, members }, { status: 200 });
}
