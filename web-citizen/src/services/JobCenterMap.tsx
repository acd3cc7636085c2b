import type { ApplicationDataQuery } from '../gql/graphql';

type JobCenter = ApplicationDataQuery['jobCenters'][number];

const PADDING = 0.08;

/** Where each centre sits inside the map's box, in percent: longitude → left, latitude → top. */
function placements(jobCenters: JobCenter[]) {
  const lats = jobCenters.map((c) => c.coordinates.latitude);
  const lons = jobCenters.map((c) => c.coordinates.longitude);
  const [minLat, maxLat, minLon, maxLon] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lons),
    Math.max(...lons),
  ];
  const scale = (value: number, min: number, max: number) =>
    (PADDING + (1 - 2 * PADDING) * (max === min ? 0.5 : (value - min) / (max - min))) * 100;
  return jobCenters.map((center) => ({
    center,
    left: scale(center.coordinates.longitude, minLon, maxLon),
    top: 100 - scale(center.coordinates.latitude, minLat, maxLat),
  }));
}

/**
 * The region's job centres placed by their coordinates; each is a button, so the map works with the
 * keyboard and a screen reader as well as the list beside it.
 */
export function JobCenterMap({
  jobCenters,
  selected,
  onSelect,
}: {
  jobCenters: JobCenter[];
  selected: string | undefined;
  onSelect(id: string): void;
}) {
  return (
    <div className="czn-map" role="group" aria-label="Карта центров занятости края">
      {placements(jobCenters).map(({ center, left, top }) => (
        <button
          key={center.id}
          type="button"
          className="czn-map__point"
          style={{ left: `${left}%`, top: `${top}%` }}
          aria-pressed={center.id === selected}
          aria-label={`${center.name}, ${center.address}`}
          onClick={() => onSelect(center.id)}
        >
          <span aria-hidden="true" className="czn-map__dot" />
          <span aria-hidden="true" className="czn-map__label">
            {center.city}
          </span>
        </button>
      ))}
    </div>
  );
}
