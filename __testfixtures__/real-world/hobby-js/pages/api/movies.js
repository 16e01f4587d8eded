const clientPromise = require('../../lib/mongodb').default;

module.exports = async (req, res) => {
  try {
    const client = await clientPromise;
    const db = client.db('sample_mflix');

    const limit = parseInt(req.query.limit) || 20;
    const genre = req.query.genre;

    const movies = await db
      .collection('movies')
      .find(genre ? { genres: genre } : {})
      .sort({ metacritic: -1 })
      .limit(limit)
      .toArray();

    res.json(movies);
  } catch (e) {
    console.error(e);
    res.status(500).json({ error: 'Unable to load movies' });
  }
};
