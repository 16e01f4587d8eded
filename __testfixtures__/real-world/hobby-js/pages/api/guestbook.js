import { getSession } from 'next-auth/react';
import clientPromise from '@/lib/mongodb';

export default async function handler(req, res) {
  const client = await clientPromise;
  const entries = client.db().collection('guestbook');

  if (req.method === 'GET') {
    const list = await entries.find({}).sort({ updated_at: -1 }).limit(100).toArray();
    return res.json(
      list.map((entry) => ({
        id: entry._id.toString(),
        body: entry.body,
        created_by: entry.created_by,
        updated_at: entry.updated_at,
      }))
    );
  }

  const session = await getSession({ req });
  if (!session) {
    return res.status(403).send('Unauthorized');
  }

  const { email, name } = session.user;

  if (req.method === 'POST') {
    const body = (req.body.body || '').slice(0, 500);
    const newEntry = { email, body, created_by: name, updated_at: new Date() };
    const { insertedId } = await entries.insertOne(newEntry);
    return res.status(200).json({ id: insertedId.toString(), body, created_by: name, updated_at: newEntry.updated_at });
  }

  return res.send('Method not allowed.');
}
