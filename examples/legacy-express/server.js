'use strict';

const app = require('./app');

const port = Number(process.env.PORT) || 3000;
const host = process.env.HOST || '127.0.0.1';

app.listen(port, host, () => {
  console.log(`legacy-express listening on http://${host}:${port}`);
});
