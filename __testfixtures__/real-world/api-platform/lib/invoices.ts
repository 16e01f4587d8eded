export type Invoice = { id: string; ownerId: string; number: string; total: number; currency: string; lines: { label: string; amount: number }[] };

export async function renderInvoicePdf(invoice: Invoice): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  doc.fontSize(18).text(`Invoice ${invoice.number}`);
  for (const line of invoice.lines) doc.fontSize(11).text(`${line.label}: ${line.amount.toFixed(2)} ${invoice.currency}`);
  doc.end();
  await new Promise((resolve) => doc.on('end', resolve));
  return Buffer.concat(chunks);
}
