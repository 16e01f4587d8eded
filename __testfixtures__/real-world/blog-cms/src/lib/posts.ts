import { client } from './sanity';

export type Post = {
  _id: string;
  title: string;
  slug: string;
  excerpt?: string;
  publishedAt: string;
  tags?: string[];
};

const fields = `_id, title, "slug": slug.current, excerpt, publishedAt, tags`;

export async function listPosts(page = 1, pageSize = 10): Promise<Post[]> {
  const start = (page - 1) * pageSize;
  return client.fetch(`*[_type == "post"] | order(publishedAt desc) [${start}...${start + pageSize}] { ${fields} }`);
}

export async function searchPosts(q: string, limit: number): Promise<Post[]> {
  return client.fetch(`*[_type == "post" && (title match $q || excerpt match $q)][0...$limit] { ${fields} }`, { q: `${q}*`, limit });
}

export const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL ?? 'https://example.blog';
