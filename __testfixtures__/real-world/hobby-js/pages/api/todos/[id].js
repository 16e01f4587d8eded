import { ObjectId } from 'mongodb';
import clientPromise from '../../../lib/mongodb';

export default function handler(req, res) {
  const { id } = req.query;
  if (!ObjectId.isValid(id)) {
    return res.status(400).json({ message: 'Bad id' });
  }
  const filter = { _id: new ObjectId(id) };

  if (req.method === 'PUT') {
    return clientPromise
      .then((client) => client.db().collection('todos').findOneAndUpdate(filter, { $set: { done: !!req.body.done } }, { returnDocument: 'after' }))
      .then((todo) => {
        if (!todo) return res.status(404).json({ message: 'Not found' });
        res.status(200).json(todo);
      })
      .catch((err) => res.status(500).json({ message: err.message }));
  }

  if (req.method === 'DELETE') {
    return clientPromise
      .then((client) => client.db().collection('todos').deleteOne(filter))
      .then(() => res.status(204).end())
      .catch((err) => res.status(500).json({ message: err.message }));
  }

  res.setHeader('Allow', ['PUT', 'DELETE']);
  res.status(405).end();
}
