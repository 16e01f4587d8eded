import { createClient } from '@sanity/client';

export const client = createClient({
  projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  dataset: process.env.NEXT_PUBLIC_SANITY_DATASET ?? 'production',
  apiVersion: '2023-06-21',
  useCdn: false,
  token: process.env.SANITY_API_WRITE_TOKEN,
});

export const previewSecret = process.env.SANITY_PREVIEW_SECRET;

export async function getPostBySlug(slug: string) {
  return client.fetch(`*[_type == "post" && slug.current == $slug][0]{ _id, title, "slug": slug.current, publishedAt }`, { slug });
}
