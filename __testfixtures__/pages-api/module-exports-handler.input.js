async function handler(req, res) {
  if (req.method === 'GET') {
    const response = await fetch('https://api.github.com/repos/vercel/next.js');
    const repo = await response.json();
    res.status(200).json({ stars: repo.stargazers_count, forks: repo.forks_count });
  }
}

module.exports = handler;
