'use strict';

const express = require('express');

const ordersController = require('../controllers/ordersController');
const asyncHandler = require('../middleware/asyncHandler');
const currentUser = require('../middleware/currentUser');

// Mounted behind requireApiKey (routes/api.js).
const router = express.Router();

router.use(currentUser);

router.get('/:id?', asyncHandler(ordersController.getOrders));
router.post('/', asyncHandler(ordersController.createOrder));
router.get('/:id/receipt', ordersController.receipt);

module.exports = router;
