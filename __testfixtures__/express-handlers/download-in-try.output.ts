import { NextRequest } from 'next/server';
import { renderInvoice } from '../../../../invoices';

import { expressDownload, expressJson } from '../../../_lib/express-api';

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const file = await renderInvoice((await params).id);
    return expressDownload(request, file);
  } catch (err) {
    return expressJson({ error: 'the invoice could not be rendered' }, { status: 500 });
  }
}
