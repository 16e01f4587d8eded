import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const { owner, repo } = req.query;

  fetch(`https://api.github.com/repos/${owner}/${repo}`)
    .then((response) => response.json())
    .then((data) => {
      res.status(200).json({ stars: data.stargazers_count, issues: data.open_issues_count });
    })
    .catch((error) => {
      res.status(500).json({ error: error.message });
    });
}
