import { BarChart, DoughnutChart } from '../components/Charts';
import { ErrorBanner } from '../components/ErrorBanner';
import { Empty, Loading } from '../components/Status';
import { countBy, HEALTH_COLORS, healthBuckets } from '../lib/keys';
import { serviceLabel } from '../lib/serviceGuess';
import { useAsync } from '../lib/useAsync';
import { useVault } from '../session/context';

/** The newest keys charted; a larger vault is charted by its most recent keys. */
const CHARTED = 1000;

// This whole screen is one lazy chunk, with chart.js in it.
export default function Analytics() {
  const vault = useVault();
  const keys = useAsync(() => vault.listAll({}, CHARTED), []);
  const all = keys.data ?? [];
  const series = (counts: Record<string, number>, label: (k: string) => string = (k) => k) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => ({ label: label(k), value: v }));
  const byMonth = countBy(all, (k) => k.created_at.slice(0, 7));

  return (
    <div className="page">
      <div className="page-head">
        <h1>Analytics</h1>
      </div>
      {all.length >= CHARTED && (
        <p className="hint">Charts of the {CHARTED.toLocaleString()} most recently added keys.</p>
      )}
      <ErrorBanner error={keys.error} />
      {keys.loading ? (
        <Loading />
      ) : all.length === 0 ? (
        !keys.error && <Empty title="No keys to chart yet" />
      ) : (
        <div className="grid-2">
          <section className="card">
            <BarChart
              title="Keys by service"
              data={series(
                countBy(all, (k) => k.service),
                serviceLabel,
              )}
            />
          </section>
          <section className="card">
            <DoughnutChart
              title="Keys by environment"
              data={series(countBy(all, (k) => k.metadata.environment))}
            />
          </section>
          <section className="card">
            <BarChart
              title="Health score distribution"
              data={healthBuckets(all).map((b) => ({ label: b.label, value: b.count }))}
              colors={HEALTH_COLORS}
            />
          </section>
          <section className="card">
            <BarChart
              title="Keys added per month"
              data={Object.entries(byMonth)
                .sort()
                .map(([m, n]) => ({ label: m, value: n }))}
            />
          </section>
          <section className="card">
            <DoughnutChart
              title="Exposure"
              data={[
                { label: 'Exposed', value: all.filter((k) => k.exposed).length },
                { label: 'Not exposed', value: all.filter((k) => !k.exposed).length },
              ]}
            />
          </section>
        </div>
      )}
    </div>
  );
}
