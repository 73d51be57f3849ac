import { describe, expect, it } from 'vitest';
import { actionWords } from './auditWords';

describe('actionWords', () => {
  it('says what happened in words', () => {
    expect(actionWords({ action: 'key.read' })).toBe('revealed');
    expect(actionWords({ action: 'key.create' })).toBe('created');
    expect(actionWords({ action: 'key.update', metadata: { value_changed: true } })).toBe(
      'changed the value of',
    );
    expect(actionWords({ action: 'key.update', metadata: { value_changed: false } })).toBe(
      'edited',
    );
    expect(actionWords({ action: 'billing.plan_changed' })).toBe('billing plan changed');
  });
});
