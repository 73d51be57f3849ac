import { describe, expect, it } from 'vitest';
import { admit } from './messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup/popup.html` };
const tab = { id: ID, url: 'https://dashboard.stripe.com/apikeys', tab: { id: 7 } };

describe('who may send what', () => {
  it('the extension pages may send page messages', () => {
    expect(admit({ type: 'keys/search', q: 'x' }, popup, ID, ORIGIN)).toEqual({
      type: 'keys/search',
      q: 'x',
    });
    expect(admit({ type: 'session/lock' }, popup, ID, ORIGIN)?.type).toBe('session/lock');
  });

  it('a content script may only ask to save, with a string value of bounded size', () => {
    expect(
      admit({ type: 'content/save', value: 'sk_live_x', context: 'c' }, tab, ID, ORIGIN),
    ).toEqual({ type: 'content/save', value: 'sk_live_x', context: 'c' });
    for (const type of ['keys/reveal', 'keys/search', 'session/get', 'pending/save', 'keys/fill']) {
      expect(admit({ type, id: 'k' }, tab, ID, ORIGIN)).toBeUndefined();
    }
    expect(admit({ type: 'content/save', value: 42 }, tab, ID, ORIGIN)).toBeUndefined();
    expect(
      admit({ type: 'content/save', value: 'x'.repeat(2000) }, tab, ID, ORIGIN),
    ).toBeUndefined();
  });

  it('extra fields of a content message are dropped and its context is cut short', () => {
    const m = admit(
      { type: 'content/save', value: 'v', context: 'c'.repeat(1000), tabId: 1 },
      tab,
      ID,
      ORIGIN,
    );
    expect(Object.keys(m!).sort()).toEqual(['context', 'type', 'value']);
    expect((m as { context: string }).context).toHaveLength(400);
  });

  it('another extension, a web page or a malformed message is refused', () => {
    expect(admit({ type: 'keys/search', q: '' }, { ...popup, id: 'other' }, ID, ORIGIN)).toBe(
      undefined,
    );
    expect(
      admit({ type: 'keys/search', q: '' }, { id: ID, url: 'https://evil.example/' }, ID, ORIGIN),
    ).toBeUndefined();
    expect(admit('keys/search', popup, ID, ORIGIN)).toBeUndefined();
    expect(admit(null, popup, ID, ORIGIN)).toBeUndefined();
    expect(admit({ type: 'keys/everything' }, popup, ID, ORIGIN)).toBeUndefined();
    // A content script without a tab (no page) is no content script.
    expect(admit({ type: 'content/save', value: 'v' }, { id: ID }, ID, ORIGIN)).toBeUndefined();
  });
});
