// RS201
// req.user was set by the currentUser middleware
export default (req, res) => {
  res.json({ me: req.user });
};
