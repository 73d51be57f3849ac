// The content script: finds keys on the page (scanner.ts) and marks each with a small
// "Save to KeyHaven" badge drawn in a closed shadow root, so the page's CSS cannot restyle it and
// its scripts cannot reach it. The badges float above the page; the page's own DOM is not changed
// apart from one host element. A key leaves the page only when the user clicks its badge.
import { DEFAULT_BUDGET, Scanner, type Hit } from './scanner';
import type { ContentSave } from '../shared/messages';

const HOST_TAG = 'keyhaven-badges';

const STYLE = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; }
button {
  position: absolute; display: inline-flex; align-items: center; gap: 4px;
  height: 22px; padding: 0 8px 0 6px; margin: 0; border: 1px solid #1e3a8a; border-radius: 11px;
  background: #1d4ed8; color: #fff; font: 600 11px/1 system-ui, -apple-system, "Segoe UI", sans-serif;
  letter-spacing: 0; white-space: nowrap; cursor: pointer; box-shadow: 0 1px 3px rgba(15, 23, 42, .35);
  pointer-events: auto; opacity: .95;
}
button:hover, button:focus-visible { background: #1e40af; opacity: 1; outline: 2px solid #93c5fd; outline-offset: 1px; }
button.saved { background: #15803d; border-color: #14532d; }
svg { width: 12px; height: 12px; flex: none; }
`;

const LOCK_ICON =
  '<svg viewBox="0 0 16 16" aria-hidden="true"><path fill="currentColor" d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Zm2 2.5a1.25 1.25 0 0 1 .75 2.25V13h-1.5v-1.25A1.25 1.25 0 0 1 8 9.5Z"/></svg>';

interface Badge {
  hit: Hit;
  button: HTMLButtonElement;
}

function main(): void {
  if (document.querySelector(HOST_TAG)) return;
  const host = document.createElement(HOST_TAG);
  host.style.cssText =
    'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; pointer-events: none !important;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const layer = document.createElement('div');
  layer.className = 'layer';
  root.append(style, layer);
  document.documentElement.append(host);

  const badges: Badge[] = [];

  const rectOf = (anchor: Range | Element): DOMRect | null => {
    if (anchor instanceof Range) {
      if (!anchor.startContainer.isConnected) return null;
    } else if (!anchor.isConnected) return null;
    const r = anchor.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? null : r;
  };

  const place = (b: Badge): boolean => {
    const r = rectOf(b.hit.anchor);
    if (!r) {
      b.button.style.display = 'none';
      return b.hit.anchor instanceof Range
        ? b.hit.anchor.startContainer.isConnected
        : b.hit.anchor.isConnected;
    }
    b.button.style.display = '';
    const width = b.button.offsetWidth || 130;
    const fitsRight = r.right + 6 + width < document.documentElement.clientWidth;
    const x = fitsRight ? r.right + 6 : Math.max(0, r.right - width);
    const y = fitsRight ? r.top + (r.height - 22) / 2 : r.bottom + 4;
    b.button.style.left = `${Math.round(x + window.scrollX)}px`;
    b.button.style.top = `${Math.round(y + window.scrollY)}px`;
    return true;
  };

  let placing = false;
  const placeAll = (): void => {
    if (placing) return;
    placing = true;
    requestAnimationFrame(() => {
      placing = false;
      for (let i = badges.length - 1; i >= 0; i--) {
        if (!place(badges[i])) {
          badges[i].button.remove();
          badges.splice(i, 1);
        }
      }
    });
  };

  const contextOf = (anchor: Range | Element): string => {
    const el = anchor instanceof Range ? anchor.startContainer.parentElement : anchor;
    const near = el?.closest('section, form, table, dialog, [role="dialog"], main') ?? el;
    return `${document.title} ${(near?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 300)}`;
  };

  const onHit = (hit: Hit): void => {
    const button = document.createElement('button');
    button.type = 'button';
    button.innerHTML = `${LOCK_ICON}<span>Save to KeyHaven</span>`;
    button.title = `Save this ${hit.label} to KeyHaven`;
    button.setAttribute('aria-label', `Save this ${hit.label} to KeyHaven`);
    button.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      e.preventDefault();
      e.stopPropagation();
      const message: ContentSave = {
        type: 'content/save',
        value: hit.value,
        context: contextOf(hit.anchor),
      };
      chrome.runtime.sendMessage(message).then(
        () => {
          button.classList.add('saved');
          button.querySelector('span')!.textContent = 'Opened in KeyHaven';
        },
        () => undefined,
      );
    });
    layer.append(button);
    const badge = { hit, button };
    badges.push(badge);
    place(badge);
  };

  const scanner = new Scanner(onHit, (n) => n === host || host.contains(n));

  const idle: (cb: (d: { timeRemaining(): number }) => void) => void =
    typeof requestIdleCallback === 'function'
      ? (cb) => requestIdleCallback(cb, { timeout: 1000 })
      : (cb) => setTimeout(() => cb({ timeRemaining: () => 8 }), 50);

  let running = false;
  const run = (): void => {
    if (running) return;
    running = true;
    idle((deadline) => {
      running = false;
      const more = scanner.step(DEFAULT_BUDGET, () => deadline.timeRemaining());
      if (more) run();
    });
  };

  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') scanner.add(r.target);
      for (const n of Array.from(r.addedNodes)) scanner.add(n);
      if (r.type === 'attributes' && r.target instanceof HTMLInputElement) scanner.add(r.target);
    }
    run();
    placeAll();
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['value'],
  });

  // A field's value is a property the observer does not see: read fields as they change.
  document.addEventListener(
    'input',
    (e) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) {
        scanner.add(e.target);
        run();
      }
    },
    true,
  );
  window.addEventListener('scroll', placeAll, { passive: true, capture: true });
  window.addEventListener('resize', placeAll, { passive: true });

  if (document.body) scanner.add(document.body);
  run();
}

main();
