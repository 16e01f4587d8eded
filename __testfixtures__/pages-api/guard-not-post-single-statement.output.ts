import { NextRequest, NextResponse } from 'next/server';
import { openai } from '@/lib/openai';

import { legacyBody } from '../../_lib/legacy-api';

export async function POST(request: NextRequest) {
  const body = await legacyBody(request);
  if (body instanceof Response) return body;

  const { prompt } = body;
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: prompt }],
  });

  return NextResponse.json({ result: completion.choices[0].message.content }, { status: 200 });
}
