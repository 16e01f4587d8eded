/**
 * Health of the notes service.
 */
export default function (req, res) {
  res.status(200).send({ ok: true, at: req.get('date') || null });
}
