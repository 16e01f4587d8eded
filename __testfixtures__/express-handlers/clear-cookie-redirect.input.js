export default function logout(req, res) {
  res.clearCookie('sid', { httpOnly: true, sameSite: 'lax' });
  res.clearCookie('theme');
  res.redirect('/api');
}
