import type { NextApiRequest, NextApiResponse } from 'next';

// The notes feature keeps its API handler next to its code; pages/api/advanced/reexported.ts
// only re-exports it.

interface Note {
  id: number;
  text: string;
  pinned: boolean;
}

const NOTES: Note[] = [
  { id: 1, text: 'Order more filters', pinned: true },
  { id: 2, text: 'Call the roaster', pinned: false },
];

export default async function notesHandler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    const pinnedOnly = req.query.pinned === '1';
    return res.status(200).json({ notes: NOTES.filter((note) => !pinnedOnly || note.pinned) });
  }
  if (req.method === 'POST') {
    const text = typeof req.body?.text === 'string' ? req.body.text.trim() : '';
    if (!text) return res.status(400).json({ error: 'text is required' });
    return res.status(201).json({ id: NOTES.length + 1, text, pinned: false });
  }
  res.setHeader('Allow', 'GET, POST');
  res.status(405).json({ error: `Method ${req.method} Not Allowed` });
}
