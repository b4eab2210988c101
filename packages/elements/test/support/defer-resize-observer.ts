// Layouts that react to a ResizeObserver callback (the long lists' row window measures its rows) can settle over two frames;
// then Chromium reports "ResizeObserver loop completed with undelivered notifications" as a window error, which
// the test runner counts as a failure although nothing is wrong. Delivering observations on the next frame
// (what browsers do anyway after the loop) keeps the tests about our behaviour. Import this first.
const NativeResizeObserver = window.ResizeObserver;

window.ResizeObserver = class DeferredResizeObserver extends NativeResizeObserver {
  constructor(callback: ResizeObserverCallback) {
    super((entries, observer) => requestAnimationFrame(() => callback(entries, observer)));
  }
};
