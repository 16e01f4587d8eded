export async function fetchGitHubUser(username: string) {
  const res = await fetch(`https://api.github.com/users/${username}`, {
    headers: { Accept: 'application/vnd.github+json' },
  });
  if (!res.ok) throw new Error(`GitHub user ${username}: ${res.status}`);
  return (await res.json()) as { id: number; login: string; avatar_url: string };
}
