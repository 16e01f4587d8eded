'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const cors = require('cors');

const apiRouter = require('./routes/api');
const errorHandler = require('./middleware/errorHandler');

const app = express();

// The storefront at shop.example calls this API with credentials (cookies).
app.use(
  cors({
    origin: 'https://shop.example',
    credentials: true,
    exposedHeaders: ['X-Total-Count', 'Link'],
  }),
);
app.use(express.json());
app.use(express.urlencoded({ extended: true }));
app.use(cookieParser());

// Every answer names the API version that served it.
app.use((req, res, next) => {
  res.set('X-Api-Version', '2024-06');
  next();
});

// Load balancer health check.
app.get('/health', (req, res) => {
  res.send('ok');
});

// Uptime probes use whatever method their vendor picked.
app.all('/api/ping', (req, res) => {
  res.type('text').send(`pong ${req.method}`);
});

app.use('/api', apiRouter);

app.use((req, res) => {
  res.status(404).json({ error: 'Not found', path: req.originalUrl });
});

// A body express.json() refused is the client's mistake: say so before the generic handler.
app.use((err, req, res, next) => {
  if (err.type === 'entity.parse.failed') {
    return res.status(400).json({ error: 'Malformed JSON body' });
  }
  next(err);
});

app.use(errorHandler);

module.exports = app;
