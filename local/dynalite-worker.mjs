// dynalite in its own thread, so serving DynamoDB calls does not compete with S3 and the API.
import { parentPort, workerData } from 'node:worker_threads';
import dynalite from 'dynalite';
import { cacheDynaliteTables } from './dynalite-table-cache.mjs';

cacheDynaliteTables();

const server = dynalite({ path: workerData.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message === 'close') server.close(() => parentPort.postMessage({ closed: true }));
});
