import { NextRequest } from 'next/server';
import { validate } from '../../../lib/validate';

import { expressBody, expressJson } from '../../_lib/express-api';

export async function POST(request: NextRequest) {
  const body = await expressBody(request);
  if (body instanceof Error) throw body;

  let responseStatus = 200;
  const errors = validate(body);
  if (errors.length) responseStatus = 422;
  else responseStatus = 202;
  return expressJson({ errors }, { status: responseStatus });
}
