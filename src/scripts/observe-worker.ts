import { observe } from '../matcher/observe';

// Reading a megabyte of logs takes a few hundred milliseconds on a phone: off the main thread, the
// page keeps answering while it runs.
self.addEventListener('message', (event: MessageEvent<{ text: string; fields: Record<string, string[]> }>) => {
  self.postMessage(observe(event.data.text, event.data.fields));
});
