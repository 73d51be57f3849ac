import { detectFormat } from './keyFormats';

/** Services KeyHaven knows by name; anything else is "other". */
export const SERVICES = {
  stripe: 'Stripe',
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  github: 'GitHub',
  aws: 'AWS',
  slack: 'Slack',
  google: 'Google',
  twilio: 'Twilio',
  sendgrid: 'SendGrid',
  resend: 'Resend',
  huggingface: 'Hugging Face',
  gitlab: 'GitLab',
  npm: 'npm',
  digitalocean: 'DigitalOcean',
  shopify: 'Shopify',
  mailgun: 'Mailgun',
  pypi: 'PyPI',
  other: 'Other',
} as const;

export type ServiceId = keyof typeof SERVICES;

// Order matters: the most specific prefix first (sk-ant- is Anthropic, not OpenAI's sk-).
const VALUE_RULES: readonly [RegExp, ServiceId][] = [
  [/^sk-ant-/, 'anthropic'],
  [/^sk-proj-/, 'openai'],
  [/^sk-/, 'openai'],
  [/^(sk|rk|pk)_(live|test)_/, 'stripe'],
  [/^rk_/, 'stripe'],
  [/^whsec_/, 'stripe'],
  [/^(ghp|gho|ghu|ghs|ghr)_/, 'github'],
  [/^github_pat_/, 'github'],
  [/^(AKIA|ASIA)[A-Z0-9]{12,}/, 'aws'],
  [/^xox[abposr]-/, 'slack'],
  [/^AIza[0-9A-Za-z_-]{20,}/, 'google'],
  [/^(SK|AC)[0-9a-fA-F]{32}$/, 'twilio'],
  [/^SG\.[\w-]+\.[\w-]+/, 'sendgrid'],
];

const NAME_RULES: readonly [RegExp, ServiceId][] = [
  [/ANTHROPIC|CLAUDE/i, 'anthropic'],
  [/OPENAI/i, 'openai'],
  [/STRIPE/i, 'stripe'],
  [/GITHUB|\bGH_/i, 'github'],
  [/^AWS_|_AWS_/i, 'aws'],
  [/SLACK/i, 'slack'],
  [/GOOGLE|GCP|FIREBASE|GEMINI/i, 'google'],
  [/TWILIO/i, 'twilio'],
  [/SENDGRID/i, 'sendgrid'],
];

/**
 * Guesses the service: a known key format (`keyFormats.ts`) first, then a looser value prefix,
 * then the variable name.
 */
export function guessService(value: string, name = ''): ServiceId {
  const v = value.trim();
  const format = detectFormat(v);
  if (format && format.service in SERVICES) return format.service as ServiceId;
  for (const [re, service] of VALUE_RULES) if (re.test(v)) return service;
  for (const [re, service] of NAME_RULES) if (re.test(name)) return service;
  return 'other';
}

export function serviceLabel(service: string): string {
  return (SERVICES as Record<string, string>)[service] ?? service;
}
