// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { EnvLine } from '../lib/envFile';
import type { ImportResult } from '../session/keyhaven';
import { KeyHavenContext } from '../session/context';
import { stubKeyHaven } from '../test/stubKeyHaven';
import { EnvImport } from './EnvImport';

describe('EnvImport', () => {
  it('previews a chosen .env file with guessed services, then imports with progress and per-line results', async () => {
    const importEnv = vi.fn(
      async (
        lines: EnvLine[],
        _opts: unknown,
        onProgress: (d: number, t: number, r: ImportResult) => void,
      ) => {
        const results: ImportResult[] = lines.map((l) =>
          l.kind === 'entry'
            ? { line: l.line, name: l.name, status: 'imported', detail: 'encrypted and saved' }
            : { line: l.line, status: l.kind === 'skip' ? 'skipped' : 'failed', detail: l.reason },
        );
        results.forEach((r, i) => onProgress(i + 1, results.length, r));
        return results;
      },
    );
    const kh = stubKeyHaven({
      vault: { importEnv, importConflicts: vi.fn().mockResolvedValue(new Map()) },
    });
    render(
      <KeyHavenContext.Provider value={kh}>
        <EnvImport teams={[]} onDone={() => undefined} />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    const file = new File(
      ['STRIPE_KEY=sk_live_1\nANTHROPIC=sk-ant-2\n# note\nbroken line\n'],
      'prod.env',
      { type: 'text/plain' },
    );
    await user.upload(screen.getByLabelText('Choose a file'), file);

    expect(
      await screen.findByText('2 keys to import, 2 lines skipped or invalid.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Stripe')).toBeInTheDocument();
    expect(screen.getByText('Anthropic')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Environment'), 'production');
    await user.click(screen.getByRole('button', { name: 'Import 2 keys' }));

    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
        'value',
        '4',
      ),
    );
    expect(importEnv.mock.calls[0][1]).toMatchObject({ environment: 'production' });
    const results = screen.getByRole('table', { name: 'Import results' });
    expect(results).toHaveTextContent('STRIPE_KEY');
    expect(results).toHaveTextContent('expected NAME=value');
    expect(screen.getByText('Imported 2 of 2.')).toBeInTheDocument();
  });

  it('refuses a file larger than 512 KiB', async () => {
    render(
      <KeyHavenContext.Provider
        value={stubKeyHaven({ vault: { importConflicts: vi.fn().mockResolvedValue(new Map()) } })}
      >
        <EnvImport teams={[]} onDone={() => undefined} />
      </KeyHavenContext.Provider>,
    );
    const big = new File(['A='.padEnd(600 * 1024, 'x')], 'big.env');
    await userEvent.upload(screen.getByLabelText('Choose a file'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('larger than 512 KiB');
  });
});
