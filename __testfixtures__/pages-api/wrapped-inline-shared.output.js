import { NextResponse } from 'next/server';
const withTiming = (handler) => async (request, context) => {
  const started = Date.now();
  const response = await handler(request, context);
  console.log(`${request.method} ${request.nextUrl.pathname.concat(request.nextUrl.search)} took ${Date.now() - started}ms`);
  return response;
};

const handler = async (_request, { params }) => {
  const user = await findUser((await params).id);
  if (!user) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(user);
};

const routeHandler = withTiming(handler);
export { routeHandler as GET, routeHandler as POST, routeHandler as PUT, routeHandler as PATCH, routeHandler as DELETE };
