import quotes from '../../data/quotes.json';

export default (req, res) => {
  const { author } = req.query;

  let pool = quotes;
  if (author) {
    pool = quotes.filter((q) => q.author.toLowerCase().includes(author.toLowerCase()));
  }

  if (pool.length === 0) {
    res.statusCode = 404;
    res.end(JSON.stringify({ error: `No quotes by ${author}` }));
    return;
  }

  const quote = pool[Math.floor(Math.random() * pool.length)];

  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(quote));
};
