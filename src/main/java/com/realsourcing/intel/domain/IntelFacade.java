package com.realsourcing.intel.domain;

import com.realsourcing.intel.api.FactorySocialFigures;
import com.realsourcing.intel.api.IntelApi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link IntelApi} for other modules: the directory's factory card includes these figures. */
@Service
class IntelFacade implements IntelApi {

    private final JdbcClient jdbc;
    private final Clock clock;

    IntelFacade(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public FactorySocialFigures figuresForFactory(UUID factoryId) {
        List<FactorySocialFigures.Account> accounts = jdbc.sql(
                        """
                        select id, platform, handle, nickname, profile_url, followers, video_total, verified, seller
                        from intel.accounts where factory_id = ? order by followers desc
                        """)
                .param(factoryId)
                .query((rs, n) -> new FactorySocialFigures.Account(
                        rs.getObject("id", UUID.class),
                        rs.getString("platform"),
                        rs.getString("handle"),
                        rs.getString("nickname"),
                        rs.getString("profile_url"),
                        rs.getLong("followers"),
                        ChineseNumbers.format(rs.getLong("followers")),
                        rs.getLong("video_total"),
                        rs.getBoolean("verified"),
                        rs.getBoolean("seller")))
                .list();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        long[] f = jdbc.sql(
                        """
                        select count(*), coalesce(sum(v.plays), 0), coalesce(sum(v.likes), 0),
                            coalesce(sum(v.likes + v.comments + v.shares + v.saves), 0)
                        from intel.videos v join intel.accounts a on a.id = v.account_id
                        where a.factory_id = ? and v.published_on > ?
                        """)
                .params(factoryId, java.sql.Date.valueOf(today.minusDays(30)))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
        return new FactorySocialFigures(
                factoryId,
                accounts,
                f[0],
                f[1],
                ChineseNumbers.format(f[1]),
                f[2],
                f[1] == 0 ? 0 : MarketQueries.round4((double) f[3] / f[1]));
    }
}
