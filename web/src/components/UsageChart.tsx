// Loaded with the key page only: chart.js stays out of the initial bundle.
import {
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Line } from 'react-chartjs-2';
import { count, type UsageSeries } from '../lib/monitoring';

ChartJS.register(CategoryScale, LinearScale, LineElement, PointElement, Filler, Tooltip, Legend);

/** Requests and errors over time, with a text summary for screen readers. */
export function UsageChart({ title, series }: { title: string; series: UsageSeries }) {
  const dots = series.labels.length <= 48 ? 2 : 0;
  const summary =
    `${title}: ${count(series.totalRequests, 'request')}, ${count(series.totalErrors, 'error')}` +
    (series.peak
      ? `; busiest ${series.peak.label} with ${count(series.peak.requests, 'request')}`
      : '');
  return (
    <figure className="chart">
      <figcaption className="sr-only">{title}</figcaption>
      <div className="chart-canvas usage-canvas">
        <Line
          role="img"
          aria-label={summary}
          data={{
            labels: series.labels,
            datasets: [
              {
                label: 'Requests',
                data: series.requests,
                borderColor: '#2d5bd7',
                backgroundColor: 'rgba(45, 91, 215, 0.12)',
                fill: true,
                pointRadius: dots,
                tension: 0.2,
              },
              {
                label: 'Errors',
                data: series.errors,
                borderColor: '#c62f2f',
                backgroundColor: 'rgba(198, 47, 47, 0.12)',
                fill: true,
                pointRadius: dots,
                tension: 0.2,
              },
            ],
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            interaction: { mode: 'index', intersect: false },
            plugins: { legend: { position: 'bottom' } },
            scales: {
              x: { ticks: { maxTicksLimit: 8, maxRotation: 0, autoSkip: true } },
              y: { beginAtZero: true, ticks: { precision: 0 } },
            },
          }}
        />
      </div>
    </figure>
  );
}
