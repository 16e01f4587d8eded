import { legacySend } from '../../_lib/legacy-api';

export function GET() {
  const responseHeaders = new Headers();
  const html = `<ul>
        <li>one</li>
	<li>two, after a tab</li>
      </ul>`;
  responseHeaders.set('Content-Type', 'text/html');
  return legacySend(html, { status: 200, headers: responseHeaders });
}

export function POST() {
  const text = 'first line, \
        continued';
  return legacySend(text, { status: 201 });
}
