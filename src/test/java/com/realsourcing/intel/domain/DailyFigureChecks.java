package com.realsourcing.intel.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One day's daily figures as kept, and as a GROUP BY over the videos gives them: the two must be equal. */
final class DailyFigureChecks {

    private DailyFigureChecks() {}

    static List<String> figures(JdbcClient jdbc, String day) {
        return jdbc.sql(
                        """
                        select industry || ' ' || country || ' ' || product || ' ' || videos || '/' || plays || '/'
                            || likes || '/' || shares || '/' || comments || '/' || saves
                        from intel.daily_figures where day = ?::date and videos <> 0 order by 1
                        """)
                .param(day)
                .query(String.class)
                .list();
    }

    static List<String> groupBy(JdbcClient jdbc, String day) {
        return jdbc.sql(
                        """
                        select industry || ' ' || country || ' ' || product || ' ' || count(*) || '/' || sum(plays)
                            || '/' || sum(likes) || '/' || sum(shares) || '/' || sum(comments) || '/' || sum(saves)
                        from intel.videos where published_on = ?::date group by industry, country, product order by 1
                        """)
                .param(day)
                .query(String.class)
                .list();
    }
}
