/**
 * A run of records inside a block: filled in its leader epoch's colour (the cluster view's colours),
 * dashed and pale above the HW (not yet committed), faded below the log start offset; a tick per record
 * and the offsets as numbers when they have room. A focusable button: a click opens the records from
 * the one under the pointer, Enter from the run's first. Memoised on the run's numbers.
 */
import { type MouseEvent, memo } from 'react';
import { useT } from '../../i18n/use-t';
import { epochColour } from '../cluster/epoch-colour';
import { PAD, ROW } from './geometry';
import { cellEdges, type RecordRun, runOffsetAt } from './replica-lane';
import { svgButton } from './svg-button';

/** Runs whose epoch the leader-epoch cache does not cover. */
const UNKNOWN_EPOCH_FILL = '#d0d0d0';

export interface RecordRunProps {
  readonly run: RecordRun;
  readonly brokerId: number;
  readonly onOpen: (brokerId: number, fromOffset: number, focus: boolean) => void;
}

export const RecordRunView = memo(function RecordRunView({ run, brokerId, onOpen }: RecordRunProps) {
  const { t } = useT();
  const state = run.belowStart
    ? 'log.run.belowStart'
    : run.committed
      ? 'log.run.committed'
      : 'log.run.uncommitted';
  const name = t(run.to - run.from === 1 ? 'log.run.one' : 'log.run.name', {
    broker: brokerId,
    from: run.from,
    to: run.to - 1,
    epoch: run.epoch < 0 ? t('log.epoch.unknown') : run.epoch,
    state: t(state),
  });
  const open = (event: MouseEvent<SVGElement> | null) => {
    const svg = event?.currentTarget.ownerSVGElement;
    const from =
      event && svg ? runOffsetAt(run, event.clientX - svg.getBoundingClientRect().left - PAD.left) : run.from;
    onOpen(brokerId, from, event === null);
  };
  const cls = ['record-run', run.committed ? 'committed' : 'uncommitted', run.belowStart ? 'below-start' : '']
    .filter(Boolean)
    .join(' ');
  const y = ROW.blockY + ROW.bandY;
  return (
    <g className={cls} aria-label={name} {...svgButton(open)}>
      <title>{name}</title>
      <rect
        className="run"
        x={run.x + 1}
        y={y}
        width={Math.max(1, run.width - 2)}
        height={ROW.bandHeight}
        rx={3}
        style={{ fill: run.epoch < 0 ? UNKNOWN_EPOCH_FILL : epochColour(run.epoch) }}
      />
      {run.ticks.length > 0 && (
        <path className="ticks" d={run.ticks.map((tx) => `M${tx},${y + 2}v${ROW.bandHeight - 4}`).join('')} />
      )}
      {run.numbers && <RunNumbers run={run} y={y} />}
    </g>
  );
}, sameRun);

function RunNumbers({ run, y }: { run: RecordRun; y: number }) {
  const edges = cellEdges(run);
  const offsets: number[] = [];
  for (let o = run.from; o < run.to; o++) offsets.push(o);
  return (
    <text className="record-numbers" y={y + ROW.bandHeight - 4}>
      {offsets.map((o, i) => (
        <tspan key={o} x={((edges[i] ?? 0) + (edges[i + 1] ?? 0)) / 2} textAnchor="middle">
          {o}
        </tspan>
      ))}
    </text>
  );
}

function sameRun(a: RecordRunProps, b: RecordRunProps): boolean {
  const r = a.run;
  const s = b.run;
  return (
    a.brokerId === b.brokerId &&
    a.onOpen === b.onOpen &&
    r.from === s.from &&
    r.to === s.to &&
    r.epoch === s.epoch &&
    r.committed === s.committed &&
    r.belowStart === s.belowStart &&
    r.x === s.x &&
    r.width === s.width &&
    r.numbers === s.numbers &&
    r.ticks.length === s.ticks.length &&
    r.ticks.every((x, i) => x === s.ticks[i])
  );
}
