'use strict';

const path = require('path');
const express = require('express');

const store = require('../data/store');

const router = express.Router();
const TERMS = path.join(__dirname, '..', 'files', 'terms.txt');
/** A 1x1 transparent GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

router.get('/terms', (req, res) => {
  res.sendFile(TERMS);
});

router.get('/terms/download', (req, res) => {
  res.download(TERMS, 'shop-terms.txt');
});

router.get('/pixel.gif', (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.type('gif');
  res.send(PIXEL);
});

// Catch-all: /api/files/docs/guides/errors/handling
router.get('/docs/*', (req, res) => {
  const slug = req.params[0];
  const doc = store.docs[slug];
  if (!doc) {
    return res.status(404).type('text').send(`No doc at ${slug}`);
  }
  res.type('text').send(doc);
});

module.exports = router;
