package com.realsourcing.intel.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo's news: one sandbox feed, fetched at start, so the news list and the weekly report are not empty. */
@Component
@Profile("demo")
class DemoNews implements ApplicationRunner {

    static final String URL = "https://sandbox.realsourcing.local/news/rss.xml";

    private final NewsService news;
    private final IntelProperties properties;

    DemoNews(NewsService news, IntelProperties properties) {
        this.news = news;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!"sandbox".equals(properties.news().mode()) || !properties.demo().enabled()) {
            return;
        }
        NewsService.Feed feed = news.feeds().stream()
                .filter(f -> f.url().equals(URL))
                .findFirst()
                .orElseGet(() -> news.addFeed("示例外贸资讯（沙箱）", URL, null, null));
        news.fetch(feed.id());
    }
}
