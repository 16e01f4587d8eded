import type { NextApiRequest, NextApiResponse } from 'next';

const API_URL = 'https://api.buttondown.email/v1/subscribers';

export default function subscribe(req: NextApiRequest, res: NextApiResponse) {
  const { email } = req.body;

  if (!email) {
    return res.status(400).json({ error: 'Email is required' });
  }

  return fetch(API_URL, {
    method: 'POST',
    headers: {
      Authorization: `Token ${process.env.BUTTONDOWN_API_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ email, tags: ['blog'] }),
  })
    .then(async (response) => {
      if (response.status >= 400) {
        const text = await response.text();
        return res.status(500).json({ error: text });
      }
      return res.status(201).json({ error: '' });
    })
    .catch((error) => res.status(500).json({ error: error.message || error.toString() }));
}
