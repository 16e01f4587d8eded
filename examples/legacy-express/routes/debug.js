'use strict';

const express = require('express');

const router = express.Router();

// What the app sees of a request: support asks customers for this.
router.get('/request', (req, res) => {
  res.json({
    method: req.method,
    hostname: req.hostname,
    protocol: req.protocol,
    path: req.path,
    originalUrl: req.originalUrl,
    query: req.query,
    userAgent: req.get('User-Agent') || null,
    accept: req.header('accept') || null,
    requestId: req.headers['x-request-id'] || null,
  });
});

// Any method: what the body parsers made of the body.
router.all('/echo', (req, res) => {
  res.json({ method: req.method, contentType: req.get('content-type') || null, body: req.body });
});

module.exports = router;
