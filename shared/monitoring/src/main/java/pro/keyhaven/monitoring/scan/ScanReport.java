package pro.keyhaven.monitoring.scan;

/**
 * What one scan run did.
 *
 * @param keys keys judged
 * @param hours key-hours judged
 * @param anomalies anomalies raised (a finding already stored is not counted again)
 * @param notifications notifications written about them
 * @param purged raw usage events removed by retention
 * @param more whether due keys were left for the next run
 */
public record ScanReport(
    int keys, int hours, int anomalies, int notifications, int purged, boolean more) {

  ScanReport plus(ScanReport o) {
    return new ScanReport(
        keys + o.keys,
        hours + o.hours,
        anomalies + o.anomalies,
        notifications + o.notifications,
        purged + o.purged,
        o.more);
  }
}
