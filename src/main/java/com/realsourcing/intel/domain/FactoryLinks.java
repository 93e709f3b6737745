package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.FactoryCardContributor;
import com.realsourcing.directory.api.SocialAccountLinked;
import com.realsourcing.directory.api.SocialAccountUnlinked;
import com.realsourcing.intel.api.FactorySocialFigures;
import com.realsourcing.intel.api.IntelApi;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Accounts and directory factories: a handle a factory names on its trust profile links the account (now, and
 * whenever an import brings it in later), and the factory card ({@code GET /api/factory/{id}}) shows the linked
 * accounts with their last 30 days of video figures under {@code tiktok}.
 */
@Component
class FactoryLinks implements FactoryCardContributor {

    private final JdbcClient jdbc;

    private final IntelApi intel;
    private final Clock clock;

    FactoryLinks(JdbcClient jdbc, IntelApi intel, Clock clock) {
        this.jdbc = jdbc;
        this.intel = intel;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SocialAccountLinked event) {
        String key = event.handle().toLowerCase(Locale.ROOT);
        jdbc.sql("insert into intel.factory_handles (platform, handle_key, factory_id, linked_at) values (?, ?, ?, ?)"
                        + " on conflict (platform, handle_key) do nothing")
                .params(event.platform(), key, event.factoryId(), Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("update intel.accounts a set factory_id = h.factory_id, updated_at = ? from intel.factory_handles h"
                        + " where h.platform = ? and h.handle_key = ? and a.platform = h.platform"
                        + " and lower(a.handle) = h.handle_key and a.factory_id is null")
                .params(Timestamp.from(clock.instant()), event.platform(), key)
                .update();
    }

    @ApplicationModuleListener
    void on(SocialAccountUnlinked event) {
        String key = event.handle().toLowerCase(Locale.ROOT);
        int removed = jdbc.sql(
                        "delete from intel.factory_handles where platform = ? and handle_key = ? and factory_id = ?")
                .params(event.platform(), key, event.factoryId())
                .update();
        if (removed == 1) {
            jdbc.sql("update intel.accounts set factory_id = null, updated_at = ?"
                            + " where platform = ? and lower(handle) = ? and factory_id = ?")
                    .params(Timestamp.from(clock.instant()), event.platform(), key, event.factoryId())
                    .update();
        }
    }

    @Override
    public String key() {
        return "tiktok";
    }

    @Override
    public Optional<Object> contribute(UUID factoryId) {
        FactorySocialFigures figures = intel.figuresForFactory(factoryId);
        return figures.accounts().isEmpty() ? Optional.empty() : Optional.of(figures);
    }
}
