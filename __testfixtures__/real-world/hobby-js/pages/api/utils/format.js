// Small formatting helpers shared by the Spotify routes.

export const ONE_DAY = 86400;

export function formatArtists(artists) {
  return artists.map((_artist) => _artist.name).join(', ');
}

export function formatDuration(ms) {
  const minutes = Math.floor(ms / 60000);
  const seconds = Math.floor((ms % 60000) / 1000);
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}
