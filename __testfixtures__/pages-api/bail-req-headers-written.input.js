// RS203
export default function handler(req, res) {
  req.headers.views = (req.headers.views || 0) + 1;
  res.status(200).json({ views: req.headers.views });
}
