import { NextRequest } from 'next/server';
import store from '../../../../../data/store';

import { expressJson } from '../../../../_lib/express-api';

export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ slug: string; page?: string[] }> }
) {
  const slug = (await params).slug, page = (await params).page?.[0] ?? '1';
  return expressJson({ slug, page: Number(page), posts: store.postsOf(slug) });
}
