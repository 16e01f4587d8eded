import type { NextApiRequest, NextApiResponse } from 'next';

type ContactBody = { name?: string; email?: string; message?: string; website?: string };

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export default async function contact(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).send({ message: 'Only POST requests allowed' });
  }

  const { name, email, message, website }: ContactBody = req.body;

  // Honeypot field: bots fill it, humans never see it.
  if (website) {
    return res.status(200).json({ ok: true });
  }
  if (!name || !email || !EMAIL_RE.test(email) || !message) {
    return res.status(400).json({ message: 'Name, a valid email and a message are required.' });
  }

  try {
    const response = await fetch('https://api.resend.com/emails', {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.RESEND_API_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        from: 'Blog <contact@example.blog>',
        to: process.env.CONTACT_EMAIL,
        reply_to: email,
        subject: `New message from ${name}`,
        text: message,
      }),
    });
    if (!response.ok) {
      throw new Error(`Resend responded with ${response.status}`);
    }
    return res.status(200).json({ ok: true });
  } catch (error) {
    console.error(error);
    return res.status(500).json({ message: 'Could not send your message, please try again later.' });
  }
}
