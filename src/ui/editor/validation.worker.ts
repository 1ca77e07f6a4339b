/**
 * Runs the ECS checks (parse → validateTaskDefinition → ranges) off the main thread, so typing never waits for
 * them, even on a 1 MB paste. One message in (`{ id, text }`), one out (`{ id, result }`).
 */
import { checkDocument } from './markers.ts';

self.onmessage = (e: MessageEvent<{ id: number; text: string }>) => {
  const result = checkDocument(e.data.text, () => performance.now());
  self.postMessage({ id: e.data.id, result });
};
