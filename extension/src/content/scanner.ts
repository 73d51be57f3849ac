// Walks a page in small slices (a node and character budget per idle callback) and reports the
// keys it finds in text, code blocks and form fields. It reads the page only; what it finds stays
// in the page until the user clicks a badge.
import { findKeys, keyOfField, MIN_LENGTH } from '../detect/detector';

/**
 * Only secret formats get a badge: a publishable key or an access key id alone is not worth a
 * vault entry, and they are all over a provider's dashboard.
 */
function secretOnly(value: string): boolean {
  return keyOfField(value)?.rule.secret === true;
}

export interface Hit {
  value: string;
  label: string;
  /** Where the badge goes: a text range, or the element (field, code block) holding the key. */
  anchor: Range | Element;
}

export interface Budget {
  nodes: number;
  chars: number;
}

export const DEFAULT_BUDGET: Budget = { nodes: 300, chars: 60_000 };

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'HEAD',
]);
/** Elements whose text is read whole: highlighted code splits a key over several spans. */
const BLOCKS = new Set(['PRE', 'CODE', 'KBD', 'SAMP']);
const MAX_BLOCK_CHARS = 20_000;

export class Scanner {
  private queue: Node[] = [];
  private head = 0;
  private queued = new WeakSet<Node>();
  private seen = new WeakMap<Node, Set<string>>();

  constructor(
    private readonly onHit: (hit: Hit) => void,
    private readonly isOwn: (node: Node) => boolean = () => false,
    private readonly offered: (value: string) => boolean = secretOnly,
  ) {}

  get pending(): number {
    return this.queue.length - this.head;
  }

  add(node: Node): void {
    if (this.queued.has(node)) return;
    this.queued.add(node);
    this.queue.push(node);
  }

  /** Scans queued nodes until the budget is spent; answers whether work is left. */
  step(budget: Budget = DEFAULT_BUDGET, timeLeft: () => number = () => Infinity): boolean {
    let nodes = 0;
    let chars = 0;
    while (this.pending && nodes < budget.nodes && chars < budget.chars && timeLeft() > 1) {
      const node = this.queue[this.head++];
      this.queued.delete(node);
      if (!node.isConnected || this.isOwn(node)) continue;
      nodes++;
      if (node.nodeType === Node.TEXT_NODE) {
        chars += this.text(node as Text);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        chars += this.element(node as Element);
      } else if (node.nodeType === Node.DOCUMENT_NODE || node.nodeType === 11) {
        for (const c of Array.from(node.childNodes)) this.add(c);
      }
    }
    // Drop the scanned part of the queue now and then, not on every node.
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return this.pending > 0;
  }

  private report(node: Node, value: string, label: string, anchor: Range | Element): void {
    if (!this.offered(value)) return;
    let values = this.seen.get(node);
    if (!values) this.seen.set(node, (values = new Set()));
    if (values.has(value)) return;
    values.add(value);
    this.onHit({ value, label, anchor });
  }

  private text(node: Text): number {
    // Most text nodes are too short to hold a key: nothing more to ask of them.
    if (node.data.length < MIN_LENGTH) return node.data.length;
    const parent = node.parentElement;
    if (parent && (SKIP.has(parent.tagName.toUpperCase()) || inBlock(parent))) return 0;
    const text = node.data;
    for (const f of findKeys(text)) {
      const range = node.ownerDocument.createRange();
      range.setStart(node, f.index);
      range.setEnd(node, f.index + f.value.length);
      this.report(node, f.value, f.rule.label, range);
    }
    return text.length;
  }

  private element(el: Element): number {
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return 0;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      if (el instanceof HTMLInputElement && !['text', 'password', ''].includes(el.type)) return 0;
      const hit = keyOfField(el.value);
      if (hit) this.report(el, hit.value, hit.rule.label, el);
      else if (el instanceof HTMLTextAreaElement) {
        for (const f of findKeys(el.value.slice(0, MAX_BLOCK_CHARS))) {
          this.report(el, f.value, f.rule.label, el);
        }
      }
      return el.value.length;
    }
    if (BLOCKS.has(tag) && !(el.parentElement && inBlock(el.parentElement))) {
      const text = (el.textContent ?? '').slice(0, MAX_BLOCK_CHARS);
      for (const f of findKeys(text)) this.report(el, f.value, f.rule.label, el);
      return text.length;
    }
    if (el.shadowRoot) this.add(el.shadowRoot);
    for (const c of Array.from(el.childNodes)) this.add(c);
    return 0;
  }
}

function inBlock(el: Element): boolean {
  return el.closest('pre, code, kbd, samp') !== null;
}
