import formidable from 'formidable';

export const config = {
  api: { bodyParser: false },
};

export default async function handler(req, res) {
  if (req.headers['content-type']?.startsWith('multipart/')) {
    const form = formidable({ maxFileSize: 5 * 1024 * 1024 });
    const [fields, files] = await form.parse(req);
    return res.status(200).json({ fields, files: Object.keys(files) });
  }
  const text = await new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
  res.status(200).json({ length: text.length });
}
