import { NextResponse } from 'next/server';

export async function GET() {
  const response = await fetch('https://api.github.com/repos/vercel/next.js');
  const repo = await response.json();
  return NextResponse.json({ stars: repo.stargazers_count, forks: repo.forks_count }, { status: 200 });
}
