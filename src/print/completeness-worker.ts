/**
 * Worker thread of the completeness check (completeness-thread.ts): reads a PDF's bytes with pdf.js and checks them
 * with the same `checkCompleteness` as the main thread, so the check runs on the second core while the main thread
 * makes the PDF accessible.
 */
import { parentPort } from 'node:worker_threads';
import { checkCompleteness } from './completeness.ts';
import type { CheckReply, CheckRequest } from './completeness-thread.ts';

// pdf.js loaded while the page is still being printed
const ready = import('pdfjs-dist/legacy/build/pdf.mjs');

parentPort!.on('message', async (request: CheckRequest) => {
  let reply: CheckReply;
  try {
    await ready;
    reply = { result: await checkCompleteness(request.bytes, request.slug, request.items, request.placed) };
  } catch (err) {
    reply = { error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort!.postMessage(reply);
});
