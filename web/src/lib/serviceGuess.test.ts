import { describe, expect, it } from 'vitest';
import { guessService } from './serviceGuess';

describe('guessService', () => {
  it.each([
    ['sk_live_51Habc', 'stripe'],
    ['sk_test_51Habc', 'stripe'],
    ['rk_live_abc', 'stripe'],
    ['rk_abc', 'stripe'],
    ['sk-proj-abc123', 'openai'],
    ['sk-abc123', 'openai'],
    ['sk-ant-api03-abc', 'anthropic'],
    ['ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'github'],
    ['github_pat_11ABCDEFG_xyz', 'github'],
    ['AKIAIOSFODNN7EXAMPLE', 'aws'],
    ['xoxb-1234-5678-abc', 'slack'],
    ['xoxp-1234-5678-abc', 'slack'],
    ['AIzaSyA1234567890abcdefghijklmnopqrs', 'google'],
    ['SK0123456789abcdef0123456789abcdef', 'twilio'],
    ['AC0123456789abcdef0123456789abcdef', 'twilio'],
    ['SG.abcdefghij.klmnopqrstu', 'sendgrid'],
    ['just-a-string', 'other'],
  ])('%s → %s', (value, service) => {
    expect(guessService(value)).toBe(service);
  });

  it('puts Anthropic before OpenAI for sk-ant-', () => {
    expect(guessService('sk-ant-xyz', 'OPENAI_KEY')).toBe('anthropic');
  });

  it('falls back to the variable name', () => {
    expect(guessService('opaque', 'TWILIO_AUTH_TOKEN')).toBe('twilio');
    expect(guessService('opaque', 'AWS_SECRET_ACCESS_KEY')).toBe('aws');
    expect(guessService('opaque', 'DATABASE_URL')).toBe('other');
  });

  it('does not take short SK/AC words for Twilio', () => {
    expect(guessService('SKIP')).toBe('other');
  });
});
