'use strict';

const express = require('express');

const requireApiKey = require('../middleware/requireApiKey');
const usersRouter = require('./users');
const notesRouter = require('./notes');
const ordersRouter = require('./orders');
const itemsRouter = require('./items');
const filesRouter = require('./files');
const sessionRouter = require('./session');
const debugRouter = require('./debug');

const router = express.Router();

router.get('/', (req, res) => {
  res.json({ name: 'shop-api', version: 1 });
});

router.use('/users', usersRouter);
router.use('/users/:userId/notes', notesRouter);
router.use('/orders', requireApiKey, ordersRouter);
router.use('/items', itemsRouter);
router.use('/files', filesRouter);
router.use('/session', sessionRouter);
router.use('/debug', debugRouter);

module.exports = router;
