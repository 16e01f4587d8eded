import type { NextApiRequest, NextApiResponse } from 'next';
import { pusher } from '@/lib/pusher';

// Pusher calls this (form-encoded) when a client subscribes to a presence channel.
export default function pusherAuth(req: NextApiRequest, res: NextApiResponse) {
  const { socket_id: socketId, channel_name: channel } = req.body;
  const username = req.cookies.username;

  if (!username) {
    return res.status(403).send('Pick a username first');
  }
  if (!channel?.startsWith('presence-room-')) {
    return res.status(403).send('Unknown channel');
  }

  const presenceData = {
    user_id: username,
    user_info: { name: username, color: req.cookies.color ?? '#888' },
  };

  const authResponse = pusher.authorizeChannel(socketId, channel, presenceData);
  res.send(authResponse);
}
