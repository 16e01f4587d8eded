import type { NextApiRequest, NextApiResponse } from 'next';
import { listPosts, SITE_URL } from '@/lib/posts';

const STATIC_PAGES = ['', '/about', '/blog', '/newsletter'];

export default async function sitemap(req: NextApiRequest, res: NextApiResponse) {
  const posts = await listPosts(1, 500);

  res.setHeader('Content-Type', 'text/xml');
  res.setHeader('Cache-Control', 'public, s-maxage=1200, stale-while-revalidate=600');

  res.write('<?xml version="1.0" encoding="UTF-8"?>');
  res.write('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  for (const page of STATIC_PAGES) {
    res.write(`<url><loc>${SITE_URL}${page}</loc><changefreq>weekly</changefreq></url>`);
  }
  for (const post of posts) {
    res.write(`<url><loc>${SITE_URL}/blog/${post.slug}</loc><lastmod>${post.publishedAt}</lastmod></url>`);
  }
  res.write('</urlset>');
  res.end();
}
