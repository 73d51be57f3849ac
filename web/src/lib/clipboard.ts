/** Copies a value and clears the clipboard after `clearAfterMs` (default 30 s), best effort. */
export async function copyWithClear(
  value: string,
  clearAfterMs = 30_000,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<() => void> {
  if (!clipboard) throw new Error('The clipboard is not available in this browser.');
  await clipboard.writeText(value);
  const timer = setTimeout(() => {
    clipboard.writeText('').catch(() => undefined);
  }, clearAfterMs);
  return () => clearTimeout(timer);
}
