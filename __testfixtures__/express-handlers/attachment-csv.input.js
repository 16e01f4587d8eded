import { listItems } from '../data/items';

export default async (req, res) => {
  const items = await listItems();
  const csv = ['id,name', ...items.map((i) => `${i.id},${i.name}`)].join('\n');
  res.attachment('items.csv');
  res.send(csv);
};
