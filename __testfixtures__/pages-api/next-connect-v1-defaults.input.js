import { createRouter } from 'next-connect';
import { listEvents, recordEvent } from '../../lib/events';

const router = createRouter();

function requireJson(req, res, next) {
  if (req.method === 'POST' && !req.headers['content-type']?.includes('application/json')) {
    res.status(415).json({ error: 'JSON only' });
    return;
  }
  return next();
}

router
  .use(requireJson)
  .get(async (req, res) => {
    res.status(200).json(await listEvents(req.query.since));
  })
  .post(async (req, res) => {
    const event = await recordEvent(req.body);
    res.status(201).json(event);
  });

export default router.handler();
