package org.oversight.performance.spc;

import java.util.List;

/**
 * An SPC chart of a series. The chart's centre and limits are those of its last segment (the
 * limits the latest points are judged against); each point carries its own segment's.
 *
 * @param limits the last segment's centre and limits
 * @param trial whether the last segment's limits are trial limits (fewer than 12 baseline points)
 * @param variation the latest point's type
 * @param assurance the target's assurance against the last segment's limits; {@code null} without a
 *     target or with a neutral direction
 * @param segments the segments, in order (one without rebase)
 * @param points every point, in order
 */
public record SpcChart(
        ProcessLimits limits,
        boolean trial,
        PointType variation,
        Assurance assurance,
        List<Segment> segments,
        List<ChartPoint> points) {

    public SpcChart {
        segments = List.copyOf(segments);
        points = List.copyOf(points);
    }

    public double centre() {
        return limits.centre();
    }

    public double lowerLimit() {
        return limits.lowerLimit();
    }

    public double upperLimit() {
        return limits.upperLimit();
    }

    /** The point types in order. */
    public List<PointType> pointTypes() {
        return points.stream().map(ChartPoint::pointType).toList();
    }
}
