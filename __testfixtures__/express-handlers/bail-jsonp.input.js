// RS303
export default (req, res) => {
  res.jsonp({ user: 'tobi' });
};
