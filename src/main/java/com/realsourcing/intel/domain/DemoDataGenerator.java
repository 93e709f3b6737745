package com.realsourcing.intel.domain;

import com.realsourcing.directory.api.ExportIndustryView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A deterministic synthetic data set in the shape real imports produce: accounts of export factories in every
 * industry, each posting videos over the last {@code days} days about its products for target markets in every
 * business region. The same seed, size and end date give the same data. Some products grow week by week (so hot
 * products and growth show), some markets are crowded, some are not. Everything it makes is marked synthetic.
 */
final class DemoDataGenerator {

    /** Target markets with weights; each hashtag is one the label rules map to the country. */
    private static final List<Object[]> MARKETS = List.of(
            new Object[] {"usa", 18},
            new Object[] {"canada", 3},
            new Object[] {"mexico", 5},
            new Object[] {"brasil", 4},
            new Object[] {"colombia", 2},
            new Object[] {"chile", 1},
            new Object[] {"uk", 6},
            new Object[] {"germany", 5},
            new Object[] {"france", 4},
            new Object[] {"spain", 3},
            new Object[] {"italy", 3},
            new Object[] {"poland", 2},
            new Object[] {"netherlands", 2},
            new Object[] {"vietnam", 5},
            new Object[] {"thailand", 4},
            new Object[] {"indonesia", 5},
            new Object[] {"malaysia", 3},
            new Object[] {"philippines", 4},
            new Object[] {"nigeria", 5},
            new Object[] {"kenya", 2},
            new Object[] {"ghana", 2},
            new Object[] {"southafrica", 2},
            new Object[] {"uae", 4},
            new Object[] {"ksa", 3},
            new Object[] {"egypt", 2},
            new Object[] {"morocco", 1},
            new Object[] {"turkey", 2},
            new Object[] {"india", 3},
            new Object[] {"pakistan", 2},
            new Object[] {"australia", 3},
            new Object[] {"russia", 2},
            new Object[] {"japan", 2});

    private static final List<String> CITIES =
            List.of("广州", "深圳", "东莞", "佛山", "义乌", "宁波", "温州", "苏州", "青岛", "厦门", "泉州", "绍兴", "台州", "中山", "汕头", "杭州");

    private final long seed;
    private final int accounts;
    private final int videos;
    private final int days;
    private final LocalDate end;
    private final IntelReference reference;

    DemoDataGenerator(long seed, int accounts, int videos, int days, LocalDate end, IntelReference reference) {
        this.seed = seed;
        this.accounts = accounts;
        this.videos = videos;
        this.days = days;
        this.end = end;
        this.reference = reference;
    }

    /** Generates every video in batches of {@code batchSize}, in a fixed order. */
    void generate(int batchSize, Consumer<List<VideoItem>> sink) {
        Random random = new Random(seed);
        List<ExportIndustryView> industries = reference.industries().stream()
                .filter(i -> !i.code().equals(IntelReference.OTHER))
                .toList();
        Map<String, List<IntelReference.Product>> products = new java.util.HashMap<>();
        for (IntelReference.Product p : reference.products()) {
            products.computeIfAbsent(p.industry(), k -> new ArrayList<>()).add(p);
        }
        int totalWeight = MARKETS.stream().mapToInt(m -> (int) m[1]).sum();
        // accounts: an industry, a main product, a home market, a size
        List<VideoItem.AccountItem> accountItems = new ArrayList<>(accounts);
        int[] accountIndustry = new int[accounts];
        int[] accountMarket = new int[accounts];
        double[] accountReach = new double[accounts];
        for (int a = 0; a < accounts; a++) {
            int industry = weightedIndustry(random, industries.size());
            accountIndustry[a] = industry;
            accountMarket[a] = pickMarket(random, totalWeight);
            accountReach[a] = Math.exp(random.nextGaussian() * 1.1);
            ExportIndustryView ind = industries.get(industry);
            List<IntelReference.Product> own = products.getOrDefault(ind.code(), List.of());
            IntelReference.Product main = own.isEmpty() ? null : own.get(random.nextInt(own.size()));
            String city = CITIES.get(random.nextInt(CITIES.size()));
            String productZh = main == null ? ind.nameZh() : main.nameZh();
            String handle = String.format("demo_%s_%05d", ind.code().replace('-', '_'), a);
            String bio =
                    switch (random.nextInt(4)) {
                        case 0 -> city + productZh + "源头工厂 | OEM/ODM | MOQ 100pcs | WhatsApp +86 138" + (1000_0000 + a);
                        case 1 ->
                            productZh + " manufacturer from " + city + ", wholesale & custom. Email: sales" + a
                                    + "@demo.example";
                        case 2 -> city + productZh + "厂家直销，支持定制";
                        default -> "Factory direct " + (main == null ? ind.nameEn() : main.nameEn()).toLowerCase();
                    };
            long followers = Math.round(800 + accountReach[a] * 6_000 + random.nextInt(3_000));
            accountItems.add(new VideoItem.AccountItem(
                    handle,
                    Long.toString(6_900_000_000_000_000_000L + a),
                    city + productZh + "工厂",
                    "https://www.tiktok.com/@" + handle,
                    bio,
                    random.nextInt(5) == 0 ? "https://wa.me/8613800000000" : null,
                    random.nextInt(20) == 0,
                    random.nextInt(6) == 0,
                    followers,
                    random.nextInt(500),
                    followers * (5 + random.nextInt(20)),
                    40 + random.nextInt(300)));
        }
        Instant endInstant = end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<VideoItem> batch = new ArrayList<>(batchSize);
        for (int v = 0; v < videos; v++) {
            int a = random.nextInt(accounts);
            ExportIndustryView ind = industries.get(accountIndustry[a]);
            List<IntelReference.Product> own = products.getOrDefault(ind.code(), List.of());
            IntelReference.Product product = own.isEmpty() ? null : own.get(random.nextInt(own.size()));
            // newer days get more videos for a growing market; trending products grow faster
            double age = Math.pow(random.nextDouble(), 1.25);
            long secondsBack = (long) (age * days * 86_400L);
            Instant published = endInstant.minus(Duration.ofSeconds(secondsBack + 1));
            int market = random.nextInt(3) == 0 ? pickMarket(random, totalWeight) : accountMarket[a];
            String tag = (String) MARKETS.get(market)[0];
            boolean trending = product != null && Math.floorMod(product.code().hashCode(), 4) == 0;
            double recency = 1 - age;
            double growth = trending ? 1 + 2.5 * recency * recency : 1 + 0.3 * recency;
            long plays =
                    Math.max(120, Math.round(Math.exp(8.2 + random.nextGaussian() * 1.35) * accountReach[a] * growth));
            long likes = Math.round(plays * (0.02 + random.nextDouble() * 0.06));
            long comments = Math.round(likes * (0.01 + random.nextDouble() * 0.05));
            long shares = Math.round(likes * (0.005 + random.nextDouble() * 0.04));
            long saves = Math.round(likes * (0.02 + random.nextDouble() * 0.08));
            String keyword = product == null
                    ? ind.nameEn().toLowerCase()
                    : random.nextBoolean()
                            ? product.keywordsEn().get(0)
                            : product.keywordsZh().get(0);
            String text =
                    switch (random.nextInt(4)) {
                        case 0 -> keyword + " factory direct, OEM welcome #" + tag;
                        case 1 -> "工厂实拍 " + keyword + " 大货出口 ready to ship #" + tag;
                        case 2 -> "New " + keyword + " for wholesale buyers in #" + tag;
                        default -> keyword + " production line tour, MOQ 100";
                    };
            List<String> hashtags = List.of(tag, "factory", "b2b");
            String videoId = Long.toString(7_000_000_000_000_000_000L + v);
            VideoItem.AccountItem account = accountItems.get(a);
            batch.add(new VideoItem(
                    videoId,
                    "https://www.tiktok.com/@" + account.handle() + "/video/" + videoId,
                    text,
                    hashtags,
                    "en",
                    published,
                    plays,
                    likes,
                    shares,
                    comments,
                    saves,
                    8 + random.nextInt(90),
                    null,
                    "CN",
                    "factory",
                    account));
            if (batch.size() == batchSize) {
                sink.accept(List.copyOf(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            sink.accept(List.copyOf(batch));
        }
    }

    private static int weightedIndustry(Random random, int count) {
        // textiles and electronics are the biggest exporters on TikTok, "other" is left out
        double r = random.nextDouble();
        double[] weights = {0.26, 0.2, 0.14, 0.1, 0.18, 0.12};
        double sum = 0;
        for (int i = 0; i < Math.min(count, weights.length); i++) {
            sum += weights[i];
            if (r < sum) {
                return i;
            }
        }
        return count - 1;
    }

    private static int pickMarket(Random random, int totalWeight) {
        int r = random.nextInt(totalWeight);
        for (int i = 0; i < MARKETS.size(); i++) {
            r -= (int) MARKETS.get(i)[1];
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }
}
