import clientPromise from '../../../lib/mongodb';

async function handler(req, res) {
  const client = await clientPromise;
  const todos = client.db().collection('todos');

  if (req.method === 'GET') {
    const all = await todos.find({}).sort({ createdAt: -1 }).toArray();
    res.status(200).json(all);
  } else if (req.method === 'POST') {
    const { text } = req.body;
    if (!text || !text.trim()) {
      res.status(422).json({ message: 'Todo text is required' });
      return;
    }
    const todo = { text: text.trim(), done: false, createdAt: new Date() };
    const result = await todos.insertOne(todo);
    res.status(201).json({ ...todo, _id: result.insertedId });
  } else if (req.method === 'DELETE') {
    // clear completed
    const { deletedCount } = await todos.deleteMany({ done: true });
    res.status(200).json({ deletedCount });
  } else {
    res.status(405).json({ message: 'Method not allowed' });
  }
}

module.exports = handler;
