import { getTopTracks } from '@/lib/spotify';
import { formatArtists, ONE_DAY } from './utils/format';

export default async (_, res) => {
  const response = await getTopTracks();
  const { items } = await response.json();

  const tracks = items.slice(0, 10).map((track) => ({
    artist: formatArtists(track.artists),
    songUrl: track.external_urls.spotify,
    title: track.name,
  }));

  res.setHeader('Cache-Control', `public, s-maxage=${ONE_DAY}, stale-while-revalidate=${ONE_DAY / 2}`);

  return res.status(200).json({ tracks });
};
