import { getAccessToken } from '../../../lib/spotify';

export default async function callback(req, res) {
  const { code, error, state } = req.query;

  if (error || !code) {
    return res.redirect(`/?spotify_error=${encodeURIComponent(error || 'missing_code')}`);
  }
  if (state !== req.cookies.spotify_auth_state) {
    return res.status(400).send('State mismatch');
  }

  const tokens = await getAccessToken(code);
  if (!tokens.refresh_token) {
    return res.status(502).json(tokens);
  }

  res.setHeader('Set-Cookie', [
    'spotify_auth_state=; Path=/; Max-Age=0',
    `spotify_refresh=${tokens.refresh_token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000`,
  ]);
  res.redirect(302, '/now-playing');
}
