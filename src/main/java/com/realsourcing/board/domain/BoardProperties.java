package com.realsourcing.board.domain;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code realsourcing.board.*}.
 *
 * @param defaultValidity how long a posting stays up when its author gives no end date
 * @param maxValidity the longest a posting may stay up before it must be reposted
 * @param defaultQuoteSeats how many factories may quote on an RFQ when the buyer does not say
 * @param maxQuoteSeats the most quote seats a buyer may open on one RFQ
 * @param monthlyQuoteQuota quotes one factory may send per calendar month
 * @param zone the time zone that calendar months, days and expiry checks are counted in
 * @param wordListRefresh how often an instance reloads the moderation word list others may have changed
 */
@ConfigurationProperties("realsourcing.board")
public record BoardProperties(
        Duration defaultValidity,
        Duration maxValidity,
        Integer defaultQuoteSeats,
        Integer maxQuoteSeats,
        Integer monthlyQuoteQuota,
        ZoneId zone,
        Duration wordListRefresh) {

    public BoardProperties {
        defaultValidity = defaultValidity == null ? Duration.ofDays(30) : defaultValidity;
        maxValidity = maxValidity == null ? Duration.ofDays(180) : maxValidity;
        defaultQuoteSeats = defaultQuoteSeats == null ? 10 : defaultQuoteSeats;
        maxQuoteSeats = maxQuoteSeats == null ? 50 : maxQuoteSeats;
        monthlyQuoteQuota = monthlyQuoteQuota == null ? 60 : monthlyQuoteQuota;
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        wordListRefresh = wordListRefresh == null ? Duration.ofSeconds(30) : wordListRefresh;
    }
}
