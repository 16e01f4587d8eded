const USERNAME = 'octocat';

async function fetchJson(url) {
  const res = await fetch(url, {
    headers: process.env.GITHUB_TOKEN ? { Authorization: `token ${process.env.GITHUB_TOKEN}` } : {},
  });
  if (!res.ok) {
    throw new Error(`GitHub API ${res.status} for ${url}`);
  }
  return res.json();
}

export default async function handler(req, res) {
  const user = await fetchJson(`https://api.github.com/users/${USERNAME}`);
  const repositories = await fetchJson(`https://api.github.com/users/${USERNAME}/repos?per_page=100`);

  const mine = repositories.filter((repo) => !repo.fork);
  const stars = mine.reduce((accumulator, repository) => accumulator + repository['stargazers_count'], 0);

  res.setHeader('Cache-Control', 'public, s-maxage=1200, stale-while-revalidate=600');

  return res.status(200).json({
    followers: user.followers,
    stars,
    repos: mine.length,
  });
}
