// The published OpenAPI document (docs/openapi.json, the one /q/openapi serves) read by tools that
// are not the server's: it must be valid, lint clean, and the dashboard's generated types must be
// what the document says today.
import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lint } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { DOCUMENT, GENERATED, generateTypes } from '../../scripts/openapi-types';

describe('the published OpenAPI document', () => {
  it('is valid OpenAPI 3.0 for an independent parser and validator', async () => {
    // validate() throws on the first schema or structural violation (a missing $ref, a
    // duplicate operationId, a path parameter that is not declared...).
    const api = await SwaggerParser.validate(DOCUMENT);
    expect((api as { openapi?: string }).openapi).toMatch(/^3\.0\./);
    expect(Object.keys(api.paths ?? {}).length).toBeGreaterThan(10);
  });

  it('has no error under the Redocly recommended rules', async () => {
    const config = await createConfig({
      extends: ['recommended'],
      rules: {
        // The document is served by the API itself and describes it relative to its own origin.
        'no-empty-servers': 'off',
        // Public operations (prelogin, register, login, refresh) carry no security requirement;
        // the server-side document test checks the exact public/protected split instead.
        'security-defined': 'off',
      },
    });
    const problems = await lint({ ref: DOCUMENT, config });
    const describe = (p: (typeof problems)[number]) =>
      `${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(', ')}`;
    const errors = problems.filter((p) => p.severity === 'error').map(describe);
    const warnings = problems.filter((p) => p.severity === 'warn').map(describe);
    process.stdout.write(
      `OpenAPI lint (Redocly recommended): ${errors.length} errors, ${warnings.length} warnings\n` +
        warnings.map((w) => `  warn ${w}\n`).join(''),
    );
    expect(errors).toEqual([]);
  });

  it('generates the committed dashboard types (npm run openapi after a change)', async () => {
    expect(await generateTypes()).toBe(readFileSync(GENERATED, 'utf8'));
  });
});
