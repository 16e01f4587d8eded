// RS303
export default (req, res) => {
  res.attachment('items.csv');
  res.send('id,name\n');
};
