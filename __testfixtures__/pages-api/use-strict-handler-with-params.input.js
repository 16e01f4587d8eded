export default function handler(req, res) {
  'use strict';
  const { id } = req.query;
  res.status(200).json({ id });
}
