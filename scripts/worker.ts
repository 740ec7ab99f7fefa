// The job runner's process, started by npm start beside the web server (src/server/jobs/runner.ts).
// JOB_QUEUE_URL is the database owner's connection (it installs the queue schema); job bodies use
// DATABASE_URL, the application login, like the web server.
import { startJobRunner } from "../src/server/jobs/runner.ts";

const queueUrl = process.env.JOB_QUEUE_URL;
if (!queueUrl) throw new Error("JOB_QUEUE_URL is not set: npm start provides it.");

const runner = await startJobRunner(queueUrl);
console.log("Job runner started (mail delivery).");

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await runner.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
