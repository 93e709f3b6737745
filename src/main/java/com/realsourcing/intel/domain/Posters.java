package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.FactorySummary;
import com.realsourcing.directory.api.TagView;
import com.realsourcing.intel.api.FactorySocialFigures;
import com.realsourcing.intel.api.IntelApi;
import com.realsourcing.intel.domain.MarketViews.Figures;
import com.realsourcing.intel.domain.MarketViews.IndustryMovement;
import com.realsourcing.intel.domain.MarketViews.IndustrySearch;
import com.realsourcing.intel.domain.MarketViews.ProductRank;
import com.realsourcing.intel.domain.MarketViews.WeeklyReport;
import com.realsourcing.intel.domain.PosterRenderer.Bar;
import com.realsourcing.intel.domain.PosterRenderer.Content;
import com.realsourcing.intel.domain.PosterRenderer.KeyFigure;
import com.realsourcing.intel.domain.PosterRenderer.Row;
import com.realsourcing.shared.config.PlatformProperties;
import com.realsourcing.shared.domain.DomainException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The posters users share on WeChat and TikTok (seed 000): an industry report (the figures of an industry search),
 * a factory card (its TikTok accounts and last 30 days), and a weekly report. Chinese, numbers in 万 and 亿; the QR
 * code leads to the page with the whole story: the report's public share page, the factory's public directory page,
 * or the console's industry search.
 */
@Service
public class Posters {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final MarketQueries market;
    private final IntelReference reference;
    private final IntelApi intel;
    private final DirectoryApi directory;
    private final WeeklyReportArchive archive;
    private final ReportShares shares;
    private final PlatformProperties platform;
    private final JdbcClient jdbc;
    private final Clock clock;

    Posters(
            MarketQueries market,
            IntelReference reference,
            IntelApi intel,
            DirectoryApi directory,
            WeeklyReportArchive archive,
            ReportShares shares,
            PlatformProperties platform,
            JdbcClient jdbc,
            Clock clock) {
        this.market = market;
        this.reference = reference;
        this.intel = intel;
        this.directory = directory;
        this.archive = archive;
        this.shares = shares;
        this.platform = platform;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Loads the CJK font in the background once the application is up, so the first poster does not wait ~1 s. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void loadFontEarly() {
        Thread loader = new Thread(com.realsourcing.shared.render.CjkFonts::regular, "cjk-font-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The industry report poster: the same filters as {@code POST /api/search/industry}. */
    public PosterRenderer.Rendered industry(MarketQueries.SearchQuery query) {
        return PosterRenderer.render(industryContent(market.overview(query)));
    }

    Content industryContent(IndustrySearch s) {
        String place = s.country() != null
                ? reference.country(s.country()).map(c -> c.nameZh()).orElse(s.country())
                : s.region() != null ? reference.regionNameZh(s.region()) : "全球";
        String product = s.product() == null
                ? null
                : reference
                        .product(s.product())
                        .map(IntelReference.Product::nameZh)
                        .orElse(s.product());
        String title = s.industryNameZh() + (product == null ? "" : " · " + product) + " · " + place;
        Figures t = s.total();
        List<KeyFigure> figures = List.of(
                new KeyFigure("视频数", ChineseNumbers.format(t.videos()), t.videosChange()),
                new KeyFigure("播放量", t.playsText(), t.playsChange()),
                new KeyFigure("点赞", t.likesText(), null),
                new KeyFigure("互动率", percent(t.engagementRate()), null));
        List<Bar> bars;
        String barsTitle;
        if (s.region() == null && s.country() == null) {
            barsTitle = "各区域播放量";
            bars = s.regions().stream()
                    .filter(r -> !IntelReference.UNKNOWN_REGION.equals(r.region()))
                    .limit(6)
                    .map(r ->
                            new Bar(r.nameZh(), r.figures().plays(), r.figures().playsText()))
                    .toList();
        } else {
            barsTitle = "各国家播放量";
            bars = s.countries().stream()
                    .limit(6)
                    .map(c ->
                            new Bar(c.nameZh(), c.figures().plays(), c.figures().playsText()))
                    .toList();
        }
        String query = "industry=" + encode(s.industry())
                + (s.region() == null ? "" : "&region=" + encode(s.region()))
                + (s.country() == null ? "" : "&country=" + encode(s.country()))
                + "&period=" + encode(s.period().code());
        boolean synthetic = s.topVideos().stream().anyMatch(MarketViews.VideoCard::synthetic);
        return new Content(
                "RealSourcing · TikTok 出口行业报告",
                title,
                periodText(s.period()),
                figures,
                barsTitle,
                bars,
                "热门产品",
                productRows(s.hotProducts()),
                baseUrl() + "/intel/search?" + query,
                "扫码查看完整行业数据",
                footer(synthetic));
    }

    /** The factory card poster: its linked TikTok accounts, the last 30 days, target countries and products. */
    public PosterRenderer.Rendered factory(UUID factoryId) {
        FactorySummary factory = directory
                .findFactory(factoryId)
                .filter(f -> "LISTED".equals(f.status()))
                .orElseThrow(() -> DomainException.notFound(IntelError.FACTORY_NOT_FOUND, factoryId));
        return PosterRenderer.render(factoryContent(factory, intel.figuresForFactory(factoryId)));
    }

    Content factoryContent(FactorySummary factory, FactorySocialFigures f) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        java.sql.Date since = java.sql.Date.valueOf(today.minusDays(30));
        long followers = f.accounts().stream()
                .mapToLong(FactorySocialFigures.Account::followers)
                .sum();
        List<KeyFigure> figures = List.of(
                new KeyFigure("TikTok 粉丝", ChineseNumbers.format(followers), null),
                new KeyFigure("近30天视频", ChineseNumbers.format(f.videos30d()), null),
                new KeyFigure("近30天播放", f.plays30dText(), null),
                new KeyFigure("互动率", percent(f.engagementRate30d()), null));
        List<Bar> bars = jdbc.sql(
                        """
                        select v.country, sum(v.plays) from intel.videos v join intel.accounts a on a.id = v.account_id
                        where a.factory_id = ? and v.published_on > ? and v.country <> 'ZZ'
                        group by v.country order by 2 desc limit 5
                        """)
                .params(factory.id(), since)
                .query((rs, n) -> new Bar(
                        reference
                                .country(rs.getString(1).strip())
                                .map(c -> c.nameZh())
                                .orElse(rs.getString(1)),
                        rs.getLong(2),
                        ChineseNumbers.format(rs.getLong(2))))
                .list();
        List<Row> rows = jdbc.sql(
                        """
                        select v.product, sum(v.plays) from intel.videos v join intel.accounts a on a.id = v.account_id
                        where a.factory_id = ? and v.published_on > ? and v.product <> '' and v.product <> ?
                        group by v.product order by 2 desc limit 5
                        """)
                .params(factory.id(), since, IntelReference.OTHER)
                .query((rs, n) -> new Row(
                        reference
                                .product(rs.getString(1))
                                .map(IntelReference.Product::nameZh)
                                .orElse(rs.getString(1)),
                        "播放 " + ChineseNumbers.format(rs.getLong(2)),
                        null))
                .list();
        String industry = factory.industryTagId() == null
                ? null
                : directory
                        .findTag(factory.industryTagId())
                        .map(TagView::nameZh)
                        .orElse(null);
        List<String> handles =
                f.accounts().stream().limit(2).map(a -> "@" + a.handle()).toList();
        String subtitle = (industry == null ? "" : industry + " · ")
                + (factory.verified() ? "营业执照已认证 · " : "")
                + (handles.isEmpty() ? "尚未关联 TikTok 账号" : String.join("  ", handles));
        return new Content(
                "RealSourcing · 工厂名片",
                factory.name(),
                subtitle,
                figures,
                "近30天视频目标国家",
                bars,
                "近30天热门产品",
                rows,
                baseUrl() + "/directory/factories/" + factory.id(),
                "扫码查看工厂主页",
                footer(false));
    }

    /** The weekly report poster; its QR code opens the report's public share page (minted if needed). */
    public PosterRenderer.Rendered weeklyReport(UUID reportId) {
        WeeklyReport report =
                archive.find(reportId).orElseThrow(() -> DomainException.notFound(IntelError.REPORT_NOT_FOUND));
        return weeklyReport(report, shares.share(reportId).url());
    }

    /** The same poster for a share page visitor, who already holds the link. */
    public PosterRenderer.Rendered weeklyReport(WeeklyReport report, String shareUrl) {
        return PosterRenderer.render(weeklyContent(report, shareUrl));
    }

    Content weeklyContent(WeeklyReport r, String shareUrl) {
        long videos = 0;
        long plays = 0;
        for (IndustryMovement i : r.industries()) {
            videos += i.total().videos();
            plays += i.total().plays();
        }
        IndustryMovement top = r.industries().isEmpty() ? null : r.industries().get(0);
        long hot = r.hotProducts().stream().filter(ProductRank::hot).count();
        List<KeyFigure> figures = List.of(
                new KeyFigure("本周视频", ChineseNumbers.format(videos), null),
                new KeyFigure("本周播放", ChineseNumbers.format(plays), null),
                new KeyFigure(
                        "最热行业",
                        top == null ? "—" : top.nameZh(),
                        top == null ? null : top.total().playsChange()),
                new KeyFigure("爆款产品", hot + " 个", null));
        List<Bar> bars = r.industries().stream()
                .limit(6)
                .map(i -> new Bar(i.nameZh(), i.total().plays(), i.total().playsText()))
                .toList();
        return new Content(
                "RealSourcing · 外贸周报 " + r.week(),
                "TikTok 外贸周报 " + r.week(),
                r.from() + " 至 " + r.to() + (r.version() == null ? "" : " · 第 " + r.version() + " 版"),
                figures,
                "各行业播放量",
                bars,
                "本周热门产品",
                productRows(r.hotProducts()),
                shareUrl,
                "扫码阅读完整周报",
                footer(false));
    }

    private static List<Row> productRows(List<ProductRank> products) {
        List<Row> rows = new ArrayList<>();
        for (ProductRank p : products) {
            if (rows.size() == 5) {
                break;
            }
            rows.add(new Row(p.nameZh(), "播放 " + p.figures().playsText(), p.hot() ? "爆款" : null));
        }
        return rows;
    }

    private String footer(boolean synthetic) {
        return "数据：TikTok 公开视频" + (synthetic ? "（含合成演示数据）" : "") + " · 生成于 " + LocalDate.now(clock.withZone(SHANGHAI));
    }

    private static String periodText(MarketViews.Period p) {
        long days = p.to().toEpochDay() - p.from().toEpochDay() + 1;
        return "近 " + days + " 天 · " + p.from() + " 至 " + p.to();
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private String baseUrl() {
        return platform.publicUrl().replaceAll("/+$", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
