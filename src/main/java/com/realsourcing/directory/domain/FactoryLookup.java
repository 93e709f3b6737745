package com.realsourcing.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads single factories for the web layer. */
@Component
public class FactoryLookup {

    private final FactoryRepository factories;

    FactoryLookup(FactoryRepository factories) {
        this.factories = factories;
    }

    @Transactional(readOnly = true)
    public Factory get(UUID id) {
        return factories.findById(id).orElseThrow(DirectoryError::factoryNotFound);
    }

    @Transactional(readOnly = true)
    public Optional<Factory> find(UUID id) {
        return factories.findById(id);
    }

    /**
     * Where a city is, as far as the data we hold says: registries geocode some addresses badly (the centre of
     * China, another city), so this takes the densest cluster of the city's listings with coordinates (the point
     * with most others within 30 km) and averages that cluster. Empty when no listing there has coordinates.
     */
    @Transactional(readOnly = true)
    public Optional<double[]> cityCentre(String cityCode) {
        if (cityCode == null) {
            return Optional.empty();
        }
        List<Object[]> rows = factories.coordinatesIn(cityCode);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        double[][] points = rows.stream()
                .map(r -> new double[] {((Number) r[0]).doubleValue(), ((Number) r[1]).doubleValue()})
                .toArray(double[][]::new);
        int best = 0;
        int bestCount = -1;
        for (int i = 0; i < points.length; i++) {
            int count = 0;
            for (double[] other : points) {
                if (kilometres(points[i], other) <= 30) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        double lat = 0;
        double lng = 0;
        for (double[] other : points) {
            if (kilometres(points[best], other) <= 30) {
                lat += other[0];
                lng += other[1];
            }
        }
        return Optional.of(new double[] {lat / bestCount, lng / bestCount});
    }

    /** Great-circle distance in kilometres (haversine). */
    static double kilometres(double[] a, double[] b) {
        double dLat = Math.toRadians(b[0] - a[0]);
        double dLng = Math.toRadians(b[1] - a[1]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a[0]))
                        * Math.cos(Math.toRadians(b[0]))
                        * Math.sin(dLng / 2)
                        * Math.sin(dLng / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
