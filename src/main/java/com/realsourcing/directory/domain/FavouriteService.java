package com.realsourcing.directory.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's saved factories (收藏). Saving twice is the same as once. */
@Service
public class FavouriteService {

    public record Favourite(UUID factoryId, String name, String status, Instant verifiedAt, Instant savedAt) {}

    private final JdbcClient jdbc;
    private final FactoryRepository factories;
    private final Clock clock;

    FavouriteService(JdbcClient jdbc, FactoryRepository factories, Clock clock) {
        this.jdbc = jdbc;
        this.factories = factories;
        this.clock = clock;
    }

    @Transactional
    public void save(UUID userId, UUID factoryId) {
        factories.findById(factoryId).filter(Factory::isListed).orElseThrow(DirectoryError::factoryNotFound);
        jdbc.sql("insert into directory.favourites (user_id, factory_id, created_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(userId, factoryId, Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    public void remove(UUID userId, UUID factoryId) {
        jdbc.sql("delete from directory.favourites where user_id = ? and factory_id = ?")
                .params(userId, factoryId)
                .update();
    }

    public boolean isSaved(UUID userId, UUID factoryId) {
        return jdbc.sql("select exists(select 1 from directory.favourites where user_id = ? and factory_id = ?)")
                .params(userId, factoryId)
                .query(Boolean.class)
                .single();
    }

    public List<Favourite> list(UUID userId) {
        return jdbc.sql(
                        """
                        select f.id as factory_id, f.name, f.status, f.verified_at, v.created_at as saved_at
                        from directory.favourites v join directory.factories f on f.id = v.factory_id
                        where v.user_id = ? order by v.created_at desc limit 500
                        """)
                .param(userId)
                .query(Favourite.class)
                .list();
    }
}
