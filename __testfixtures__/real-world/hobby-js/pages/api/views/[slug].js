import clientPromise from '../../../lib/mongodb';

export default async function handler(req, res) {
  const slug = req.query.slug;
  const client = await clientPromise;
  const views = client.db().collection('views');

  if (req.method === 'POST') {
    const { value } = await views.findOneAndUpdate(
      { slug },
      { $inc: { count: 1 } },
      { upsert: true, returnDocument: 'after', includeResultMetadata: true }
    );
    return res.status(200).json({ total: value.count });
  }

  const doc = await views.findOne({ slug });
  return res.status(200).json({ total: doc ? doc.count : 0 });
}
