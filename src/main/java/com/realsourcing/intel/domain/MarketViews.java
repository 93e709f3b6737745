package com.realsourcing.intel.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the market queries answer; the {@code *Text} fields are numbers as the Chinese UI writes them. */
public final class MarketViews {

    private MarketViews() {}

    /** A period of days, ending today (UTC), and the one before it of the same length. */
    public record Period(String code, LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo) {}

    /**
     * Totals of a slice: videos, plays, likes, shares, engagement rate ((likes + comments + shares + saves) / plays)
     * and the change of videos and plays against the previous period (0.25 = +25 %; null when there was nothing).
     */
    public record Figures(
            long videos,
            long plays,
            String playsText,
            long likes,
            String likesText,
            long shares,
            long comments,
            long saves,
            double engagementRate,
            Double videosChange,
            Double playsChange) {}

    public record RegionFigures(String region, String nameZh, String nameEn, Figures figures, String summaryZh) {}

    public record CountryFigures(
            String country, String nameZh, String nameEn, String region, String regionNameZh, Figures figures) {}

    public record VideoCard(
            UUID id,
            String videoId,
            String url,
            String text,
            String accountHandle,
            String accountNickname,
            UUID factoryId,
            String industry,
            String product,
            String country,
            Instant publishedAt,
            long plays,
            String playsText,
            long likes,
            long shares,
            long comments,
            double engagementRate,
            boolean synthetic) {}

    public record AccountCard(
            UUID id,
            String handle,
            String nickname,
            String profileUrl,
            long followers,
            String followersText,
            UUID factoryId,
            double b2bScore,
            List<String> b2bSignals,
            List<String> qualityFlags,
            long videos,
            long plays,
            String playsText,
            double engagementRate) {}

    /** A product ranked in a slice; {@code hot} (爆款) with the reason it was given. */
    public record ProductRank(
            int rank,
            String product,
            String nameZh,
            String nameEn,
            String industry,
            String hsChapter,
            Figures figures,
            boolean hot,
            String hotReasonZh,
            List<VideoCard> sampleVideos) {}

    /** A target country or region with its transparent score (0–100) and the reasons, in Chinese. */
    public record Advice(
            String kind, String code, String nameZh, double score, List<ScorePart> parts, List<String> reasonsZh) {}

    /** One weighted part of an advice score: its value 0..1 and its weight. */
    public record ScorePart(String name, double value, double weight) {}

    public record IndustrySearch(
            String industry,
            String industryNameZh,
            String product,
            String region,
            String country,
            Period period,
            Figures total,
            List<RegionFigures> regions,
            List<CountryFigures> countries,
            List<VideoCard> topVideos,
            List<AccountCard> topAccounts,
            List<ProductRank> hotProducts,
            List<Advice> countryAdvice,
            List<Advice> regionAdvice,
            String tradeDataNote) {}

    public record HotProducts(String industry, String region, Period period, List<ProductRank> products) {}

    /** Region movements of an industry between the report's week and the week before. */
    public record IndustryMovement(
            String industry, String nameZh, Figures total, List<RegionFigures> regions, String headlineZh) {}

    /**
     * A weekly report; {@code id} and {@code version} name the stored generation it comes from (both null when
     * computed on the fly because none was generated for that week yet): posters, PDFs and share links need an id.
     */
    public record WeeklyReport(
            UUID id,
            Integer version,
            String week,
            LocalDate from,
            LocalDate to,
            boolean complete,
            List<String> headlinesZh,
            List<IndustryMovement> industries,
            List<ProductRank> hotProducts,
            List<EmergingAccount> emergingAccounts,
            List<NewsItem> news,
            Instant generatedAt) {}

    /**
     * An account the weekly report calls emerging: {@code NEW} (its first video within the four weeks before the
     * week's end) or {@code GROWING} (its followers or the plays of its videos grew fast over the week, from the
     * account's daily figures). The week's videos, plays and engagement; the growth over the week (null when there
     * is no figure from before the week); the reason in Chinese.
     */
    public record EmergingAccount(
            UUID id,
            String handle,
            String nickname,
            String profileUrl,
            long followers,
            String followersText,
            UUID factoryId,
            double b2bScore,
            List<String> qualityFlags,
            long videos,
            long plays,
            String playsText,
            double engagementRate,
            String kind,
            long followersGained,
            Double followersGrowth,
            long playsGained,
            Double playsGrowth,
            String reasonZh) {

        static EmergingAccount of(
                AccountCard card,
                String kind,
                long followersGained,
                Double followersGrowth,
                long playsGained,
                Double playsGrowth,
                String reasonZh) {
            return new EmergingAccount(
                    card.id(),
                    card.handle(),
                    card.nickname(),
                    card.profileUrl(),
                    card.followers(),
                    card.followersText(),
                    card.factoryId(),
                    card.b2bScore(),
                    card.qualityFlags(),
                    card.videos(),
                    card.plays(),
                    card.playsText(),
                    card.engagementRate(),
                    kind,
                    followersGained,
                    followersGrowth,
                    playsGained,
                    playsGrowth,
                    reasonZh);
        }
    }

    /** An industry or policy news item of the week (see NewsService). */
    public record NewsItem(String title, String summary, String source, String url, LocalDate date) {}
}
