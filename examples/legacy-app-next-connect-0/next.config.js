/** @type {import('next').NextConfig} */
const nextConfig = {
  // No linter is installed for this fixture; type-checking still runs during `next build`.
  eslint: { ignoreDuringBuilds: true },
};

module.exports = nextConfig;
