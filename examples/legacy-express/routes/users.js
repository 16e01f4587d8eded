'use strict';

const express = require('express');

const usersController = require('../controllers/usersController');
const requireApiKey = require('../middleware/requireApiKey');
const asyncHandler = require('../middleware/asyncHandler');

const router = express.Router();

router.route('/').get(usersController.listUsers).post(usersController.createUser);

router.get('/:id', usersController.getUser);
router.put('/:id', requireApiKey, asyncHandler(usersController.updateUser));
router.delete('/:id', requireApiKey, usersController.deleteUser);
router.get('/:id/avatar', usersController.avatar);

module.exports = router;
