import axios from 'axios';
import type { NextApiRequest, NextApiResponse } from 'next';

const SHIPPO_URL = 'https://api.goshippo.com/shipments/';

export default function rates(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', ['POST']);
    return res.status(405).end();
  }

  const { address, parcel } = req.body;

  axios
    .post(
      SHIPPO_URL,
      { address_from: JSON.parse(process.env.WAREHOUSE_ADDRESS!), address_to: address, parcels: [parcel], async: false },
      { headers: { Authorization: `ShippoToken ${process.env.SHIPPO_TOKEN}` } }
    )
    .then(({ data }) => {
      const options = data.rates
        .map((r: any) => ({ id: r.object_id, carrier: r.provider, service: r.servicelevel.name, amount: Number(r.amount), days: r.estimated_days }))
        .sort((a: any, b: any) => a.amount - b.amount);
      res.status(200).json({ rates: options });
    })
    .catch((error) => {
      console.error(error.response?.data ?? error);
      res.status(502).json({ error: 'Could not fetch shipping rates' });
    });
}
