import { useEffect, useState } from 'react';

type Scorer = (password: string) => {
  score: number;
  feedback: { warning: string | null; suggestions: string[] };
};

let scorer: Promise<Scorer> | null = null;

/** zxcvbn-ts with its dictionaries is large: load it only when a password is being chosen. */
function loadScorer(): Promise<Scorer> {
  scorer ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      translations: en.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...en.dictionary },
    });
    return (p: string) => {
      const r = zxcvbn.check(p);
      return {
        score: r.score,
        feedback: { warning: r.feedback.warning, suggestions: r.feedback.suggestions },
      };
    };
  })();
  return scorer;
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'];

/** Strength meter for a new master password; reports the score so forms can require 3+. */
export function PasswordStrength({
  password,
  onScore,
}: {
  password: string;
  onScore?: (score: number) => void;
}) {
  const [scored, setScored] = useState<{ password: string; result: ReturnType<Scorer> } | null>(
    null,
  );
  useEffect(() => {
    if (!password) return undefined;
    let live = true;
    loadScorer()
      .then((score) => {
        if (!live) return;
        const result = score(password.slice(0, 256));
        setScored({ password, result });
        onScore?.(result.score);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [password, onScore]);

  if (!password) return null;
  const result = scored?.password === password ? scored.result : null;
  const score = result?.score ?? 0;
  return (
    <div className="strength" aria-live="polite">
      <meter
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={score}
        aria-label="Password strength"
      />
      <span className={`strength-label s${score}`}>{result ? LABELS[score] : 'Checking…'}</span>
      {result?.feedback.warning && <p className="hint">{result.feedback.warning}</p>}
      {result?.feedback.suggestions.slice(0, 2).map((s) => (
        <p className="hint" key={s}>
          {s}
        </p>
      ))}
    </div>
  );
}
