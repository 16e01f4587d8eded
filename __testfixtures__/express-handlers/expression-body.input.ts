import type { Request, Response } from 'express';
import store from '../data/store';

export default (req: Request, res: Response) => res.status(200).json(store.users.map((u) => u.name));
