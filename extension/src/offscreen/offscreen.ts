// The offscreen document clears the clipboard when the worker's timer fires (a worker has no
// clipboard). It answers only its own extension's worker.
chrome.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== chrome.runtime.id) return false;
  const m = message as { target?: unknown; type?: unknown };
  if (m?.target !== 'offscreen' || m.type !== 'clear-clipboard') return false;
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', '');
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  document.execCommand('copy');
  document.removeEventListener('copy', onCopy);
  window.close();
  return false;
});
