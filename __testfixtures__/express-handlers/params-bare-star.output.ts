import { NextRequest } from 'next/server';
import { expressJson } from '../../../_lib/express-api';

// router.get('*') under /api/files: everything below the mount, the mount itself included
export async function GET(request: NextRequest, { params }: { params: Promise<{ path?: string[] }> }) {
  return expressJson(
    { rest: '/' + ((await params).path ?? []).join('/'), path: request.nextUrl.pathname.slice(10) || '/' }
  );
}
