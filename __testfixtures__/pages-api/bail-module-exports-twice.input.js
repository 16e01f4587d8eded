// RS102
function list(req, res) {
  res.status(200).json([]);
}

function create(req, res) {
  res.status(201).json({});
}

module.exports = list;
module.exports = create;
