// Loaded lazily: chart.js stays out of the initial bundle.
import {
  ArcElement,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { Bar, Doughnut } from 'react-chartjs-2';

ChartJS.register(ArcElement, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const PALETTE = [
  '#3b82f6',
  '#10b981',
  '#f59e0b',
  '#ef4444',
  '#8b5cf6',
  '#06b6d4',
  '#ec4899',
  '#84cc16',
  '#64748b',
  '#f97316',
];

export interface Series {
  label: string;
  value: number;
}

/** A bar chart with an accessible text summary. */
export function BarChart({
  title,
  data,
  colors,
}: {
  title: string;
  data: readonly Series[];
  colors?: string[];
}) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas">
        <Bar
          aria-label={`${title}: ${data.map((d) => `${d.label} ${d.value}`).join(', ')}`}
          role="img"
          data={{
            labels: data.map((d) => d.label),
            datasets: [
              { label: title, data: data.map((d) => d.value), backgroundColor: colors ?? PALETTE },
            ],
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            plugins: { legend: { display: false } },
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          }}
        />
      </div>
    </figure>
  );
}

export function DoughnutChart({ title, data }: { title: string; data: readonly Series[] }) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas">
        <Doughnut
          aria-label={`${title}: ${data.map((d) => `${d.label} ${d.value}`).join(', ')}`}
          role="img"
          data={{
            labels: data.map((d) => d.label),
            datasets: [{ data: data.map((d) => d.value), backgroundColor: PALETTE }],
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            plugins: { legend: { position: 'bottom' } },
          }}
        />
      </div>
    </figure>
  );
}
