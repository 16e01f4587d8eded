import { NextRequest, NextResponse } from 'next/server';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '../../../../pages/api/auth/[...nextauth]';
import { prisma } from '@/lib/prisma';

const middleware = async () => {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return undefined;
};

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const answer = await middleware();
    if (answer) return answer;
    const product = await prisma.product.findUnique({ where: { id: String((await params).id) } });
    if (!product) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    return NextResponse.json(product);
  } catch (err: any) {
    console.error(err);

    return NextResponse.json({
      error: 'Something went wrong'
    }, { status: 500 });
  }
}

export async function DELETE(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const answer = await middleware();
    if (answer) return answer;
    await prisma.product.delete({ where: { id: String((await params).id) } });
    return new Response(null, { status: 204 });
  } catch (err: any) {
    console.error(err);

    return NextResponse.json({
      error: 'Something went wrong'
    }, { status: 500 });
  }
}

async function noMatch(request: NextRequest) {
  return NextResponse.json({
    error: `Method ${request.method} not allowed`
  }, { status: 405 });
}

export { noMatch as POST, noMatch as PUT, noMatch as PATCH, noMatch as OPTIONS };
