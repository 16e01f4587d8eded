import * as path from 'node:path';

export default (req, res) => {
  if (req.params.name.startsWith('_')) return res.status(404).sendFile(path.resolve('public/404.html'));
  res.sendFile(req.params.name, { root: 'public', maxAge: '1d' });
};
