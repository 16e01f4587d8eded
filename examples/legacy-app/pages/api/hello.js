// The create-next-app sample, in CommonJS: answers every method the same way.
function handler(req, res) {
  res.status(200).json({ name: 'John Doe', method: req.method });
}

module.exports = handler;
// Next.js 15 reads `default` off the module: with `module.exports = handler` alone the route
// answers 500 ("Page /api/hello does not export a default function").
module.exports.default = handler;
