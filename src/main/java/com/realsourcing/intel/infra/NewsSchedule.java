package com.realsourcing.intel.infra;

import com.realsourcing.intel.domain.NewsService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Daily (07:00 Shanghai by default) every enabled news feed is fetched, on one instance. */
@Component
@ConditionalOnProperty(name = "realsourcing.intel.news.enabled", havingValue = "true", matchIfMissing = true)
class NewsSchedule {

    private static final Logger log = LoggerFactory.getLogger(NewsSchedule.class);

    private final NewsService news;

    NewsSchedule(NewsService news) {
        this.news = news;
    }

    @Scheduled(cron = "${realsourcing.intel.news.cron:0 0 7 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "intel-news", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void daily() {
        var results = news.fetchAll();
        log.info(
                "News feeds fetched: {} feeds, {} new items, {} failed",
                results.size(),
                results.stream().mapToInt(NewsService.FetchResult::added).sum(),
                results.stream().filter(r -> r.error() != null).count());
    }
}
