import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import * as z from 'zod';

import { authOptions } from '../auth/[...nextauth]';
import { prisma } from '@/lib/prisma';
import { withCurrentUser } from '@/lib/api-middlewares/with-current-user';
import { withMethods } from '@/lib/api-middlewares/with-methods';
import { userNameSchema } from '@/lib/validations/user';

async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  const user = session!.user as { id: string };

  if (req.method === 'GET') {
    const profile = await prisma.user.findUnique({
      where: { id: user.id },
      select: { id: true, name: true, email: true, image: true, stripePriceId: true },
    });
    return res.json(profile);
  }

  if (req.method === 'PATCH') {
    try {
      const payload = userNameSchema.parse(req.body);
      await prisma.user.update({ where: { id: user.id }, data: { name: payload.name } });
      return res.end();
    } catch (error) {
      if (error instanceof z.ZodError) {
        return res.status(422).json(error.issues);
      }
      return res.status(422).end();
    }
  }
}

export default withMethods(['GET', 'PATCH'], withCurrentUser(handler));
