// Worker threads do not inherit tsx's loader: register it, then run one raw client.
import { register } from "tsx/esm/api";
import { parentPort, workerData } from "node:worker_threads";

register();
const { rawClient } = await import("./raw-client.ts");
parentPort.postMessage(await rawClient(workerData.dbFile, workerData.queries));
