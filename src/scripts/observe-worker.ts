import type { Vocabulary } from '../matcher/vocabulary';
import { timedObserve } from '../matcher/observe';

// Reading a megabyte of logs takes a few hundred milliseconds on a phone: off the main thread, the
// page keeps answering while it runs. The time it took goes back with the reading, for the bench.
self.addEventListener('message', (event: MessageEvent<{ text: string; vocabulary: Vocabulary }>) => {
  self.postMessage(timedObserve(event.data.text, event.data.vocabulary));
});
