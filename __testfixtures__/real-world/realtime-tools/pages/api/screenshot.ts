import chromium from '@sparticuz/chromium';
import type { NextApiRequest, NextApiResponse } from 'next';
import puppeteer from 'puppeteer-core';

export const config = {
  maxDuration: 30,
};

export default async function screenshot(req: NextApiRequest, res: NextApiResponse) {
  const url = req.query.url;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    return res.status(400).json({ error: 'Provide an absolute ?url=' });
  }
  const width = Number(req.query.w) || 1280;
  const height = Number(req.query.h) || 720;

  const browser = await puppeteer.launch({
    args: chromium.args,
    executablePath: await chromium.executablePath(),
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.goto(url, { waitUntil: 'networkidle2', timeout: 20000 });
    const image = await page.screenshot({ type: 'png' });

    res.setHeader('Content-Type', 'image/png');
    res.setHeader('Cache-Control', 'public, s-maxage=86400');
    res.status(200).send(image);
  } catch (err) {
    res.status(502).json({ error: `Could not capture ${url}`, detail: (err as Error).message });
  } finally {
    await browser.close();
  }
}
