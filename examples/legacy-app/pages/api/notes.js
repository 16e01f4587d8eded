// Plain-text notes: the body is sent as text/plain.
export default function notes(req, res) {
  if (req.method === 'POST') {
    const text = typeof req.body === 'string' ? req.body : '';
    const lines = text.split('\n').filter(Boolean);
    res.status(201).json({ lines: lines.length, first: lines[0] ?? null, bodyType: typeof req.body });
  } else {
    res.setHeader('Allow', ['POST']);
    res.status(405).end(`Method ${req.method} Not Allowed`);
  }
}
