/**
 * One chart: a titled figure with a one-sentence summary, the SVG (lines over simulated time, each
 * with its own colour, dash pattern, end marker and end label, so no line is told apart by colour
 * alone), a legend whose entries select the partition or broker, and a data table toggle.
 */
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useWidth } from '../use-width';
import { layoutChart, MARGIN, type SeriesStyle, timeTickFormatter } from './chart-layout';
import { type Series, statsOf, topByLatest } from './chart-series';

export interface ChartSeriesView {
  readonly series: Series;
  readonly name: string;
  readonly style: SeriesStyle;
  readonly selected: boolean;
}

export interface LineChartProps {
  readonly title: string;
  /** The value axis' unit in words, e.g. "records/s". */
  readonly unit: string;
  readonly lines: readonly ChartSeriesView[];
  readonly format: (value: number) => string;
  /** The value axis' tick labels (the unit is written once above them); defaults to `format`. */
  readonly tickFormat?: (value: number) => string;
  readonly yMax?: number;
  /** Byte values (ticks on round KiB / MiB). */
  readonly bytes?: boolean;
  /** Shown instead of the plot when there is nothing to draw yet. */
  readonly emptyText: string;
  /** Legend click: select what the line stands for (others: nothing). */
  readonly onPick?: (line: ChartSeriesView) => void;
}

const HEIGHT_PX = 220;

export function LineChart({
  title,
  unit,
  lines,
  format,
  tickFormat = format,
  yMax,
  bytes = false,
  emptyText,
  onPick,
}: LineChartProps) {
  const { t, lang } = useT();
  const id = useId();
  const [ref, width] = useWidth<HTMLDivElement>(480);
  const [tableOpen, setTableOpen] = useState(false);
  const hasData = lines.some((l) => l.series.points.some((p) => p.value !== null));
  const layout = useMemo(
    () =>
      layoutChart(
        lines.map((l) => l.series),
        { widthPx: width, heightPx: HEIGHT_PX },
        yMax === undefined ? { bytes } : { yMax, bytes },
      ),
    [lines, width, yMax, bytes],
  );
  const anySelected = lines.some((l) => l.selected);
  const tickLabel = timeTickFormatter(lang, layout.domainMs[1] - layout.domainMs[0]);
  const top = topByLatest(
    lines.map((l) => l.series),
    3,
  );
  const nameOf = new Map(lines.map((l) => [l.series.key, l.name]));
  const summary = hasData
    ? t('charts.summary', {
        values: top
          .map((e) =>
            t('charts.summaryItem', { name: nameOf.get(e.series.key) ?? '', value: format(e.value) }),
          )
          .join(', '),
        from: tickLabel(layout.domainMs[0]),
        to: tickLabel(layout.domainMs[1]),
      })
    : emptyText;

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <button
          type="button"
          className="chart-table-toggle"
          aria-expanded={tableOpen}
          aria-controls={`${id}-table`}
          disabled={!hasData}
          onClick={() => setTableOpen((open) => !open)}
        >
          {tableOpen ? t('charts.hideTable') : t('charts.showTable')}
        </button>
      </div>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <div ref={ref} className="chart-plot">
        {hasData && (
          <svg
            width={width}
            height={HEIGHT_PX}
            role="img"
            aria-labelledby={`${id}-title ${id}-summary`}
            className={anySelected ? 'has-selection' : undefined}
          >
            <title>{title}</title>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <g className="chart-grid">
                {layout.yTicks.map((tick) => (
                  <g key={tick.value} transform={`translate(0,${tick.at})`}>
                    <line x2={layout.plotWidth} />
                    <text x={-8} dy="0.32em" textAnchor="end">
                      {tickFormat(tick.value)}
                    </text>
                  </g>
                ))}
                {layout.xTicks.map((tick) => (
                  <g key={tick.value} transform={`translate(${tick.at},${layout.plotHeight})`}>
                    <line y2={6} />
                    <text y={22} textAnchor="middle">
                      {tickLabel(tick.value)}
                    </text>
                  </g>
                ))}
                <line
                  className="chart-axis"
                  y1={layout.plotHeight}
                  x2={layout.plotWidth}
                  y2={layout.plotHeight}
                />
                <text className="chart-unit" x={-MARGIN.left + 4} y={-16}>
                  {unit}
                </text>
              </g>
              <g className="chart-lines">
                {lines.map((l, i) => {
                  const geometry = layout.lines[i];
                  if (geometry === undefined) return null;
                  return (
                    <g key={l.series.key} className={l.selected ? 'chart-line selected' : 'chart-line'}>
                      <path
                        d={geometry.d}
                        stroke={l.style.colour}
                        strokeDasharray={l.style.dash || undefined}
                      />
                      {geometry.end && (
                        <>
                          <path
                            className="chart-marker"
                            d={l.style.marker}
                            fill={l.style.colour}
                            transform={`translate(${geometry.end.x},${geometry.end.y})`}
                          />
                          <text
                            x={layout.plotWidth + 10}
                            y={geometry.labelY}
                            dy="0.32em"
                            fill={l.style.colour}
                          >
                            {l.name}
                          </text>
                        </>
                      )}
                    </g>
                  );
                })}
              </g>
            </g>
          </svg>
        )}
      </div>
      {hasData && (
        <ul className="chart-legend" aria-label={t('charts.legend', { title })}>
          {lines.map((l) => (
            <li key={l.series.key}>
              <button
                type="button"
                aria-pressed={l.selected}
                disabled={onPick === undefined || l.series.label.kind === 'others'}
                onClick={() => onPick?.(l)}
              >
                <svg width="34" height="14" aria-hidden="true">
                  <line
                    x1="1"
                    y1="7"
                    x2="24"
                    y2="7"
                    stroke={l.style.colour}
                    strokeDasharray={l.style.dash || undefined}
                  />
                  <path d={l.style.marker} fill={l.style.colour} transform="translate(27,7) scale(0.7)" />
                </svg>
                {l.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {hasData && (
        <table id={`${id}-table`} className="chart-table" hidden={!tableOpen}>
          <caption>{t('charts.tableCaption', { title, unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('charts.col.series')}</th>
              <th scope="col">{t('charts.col.latest')}</th>
              <th scope="col">{t('charts.col.min')}</th>
              <th scope="col">{t('charts.col.max')}</th>
              <th scope="col">{t('charts.col.mean')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => {
              const stats = statsOf(l.series);
              const cell = (v: number | null) => (v === null ? t('charts.noValue') : format(v));
              return (
                <tr key={l.series.key}>
                  <th scope="row">{l.name}</th>
                  <td className="num">{cell(stats.latest)}</td>
                  <td className="num">{cell(stats.min)}</td>
                  <td className="num">{cell(stats.max)}</td>
                  <td className="num">{cell(stats.mean)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </figure>
  );
}
