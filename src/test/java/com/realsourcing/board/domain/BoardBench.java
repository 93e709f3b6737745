package com.realsourcing.board.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The board's benchmark steps (driven by {@code com.realsourcing.bench.BoardBenchmark}); not a Spring bean. */
public final class BoardBench {

    private static final String[] PRODUCTS = {
        "保温杯", "不锈钢餐具", "硅胶厨具", "收纳盒", "蓝牙耳机", "充电宝", "数据线", "T恤", "连衣裙", "牛仔裤", "注塑件", "五金冲压件",
        "压铸铝件", "彩盒", "手提袋", "不干胶标签", "LED灯", "保鲜盒", "玻璃杯", "陶瓷碗", "帆布包", "毛巾", "拖鞋", "雨伞"
    };
    private static final String[] WORDS = {
        "出口", "外贸", "现货", "清仓", "尾货", "加急", "长期合作", "月结", "欧美", "东南亚", "OEM", "ODM", "定制", "环保", "食品级"
    };
    private static final String[] PROVINCES = {"44", "33", "32", "35", "37", "41", "51", "42", "43", "36"};

    private final ApplicationContext context;
    private final JdbcClient jdbc;

    public BoardBench(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** The automatic check of whole postings on this one thread for {@code seconds} after a warm-up. */
    public void moderation(int seconds, int extraWords) {
        Map<String, ModerationLevel> words = new LinkedHashMap<>();
        jdbc.sql("select word, level from board.moderation_words")
                .query((rs, n) -> Map.entry(rs.getString(1), ModerationLevel.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> words.put(e.getKey(), e.getValue()));
        Random random = new Random(11);
        for (int i = 0; i < extraWords; i++) {
            words.put(
                    "违规词" + Integer.toString(i, 36) + PRODUCTS[i % PRODUCTS.length].charAt(0), ModerationLevel.REVIEW);
        }
        ModerationEngine engine = new ModerationEngine(words);
        List<List<ModerationEngine.Field>> postings = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            postings.add(fields(random, i));
        }
        long checked = 0;
        long hits = 0;
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            hits += engine.check(postings.get((int) (checked++ % postings.size())))
                    .size();
        }
        checked = 0;
        hits = 0;
        long chars = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            List<ModerationEngine.Field> posting = postings.get((int) (checked % postings.size()));
            hits += engine.check(posting).size();
            for (ModerationEngine.Field f : posting) {
                chars += f.text().length();
            }
            checked++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "moderation: %,d postings in %.1f s on one thread = %,.0f postings/s (%d words listed, %.0f chars"
                        + " per posting, %.2f hits per posting)%n",
                checked, elapsed, checked / elapsed, words.size(), (double) chars / checked, (double) hits / checked);
    }

    private static List<ModerationEngine.Field> fields(Random random, int i) {
        String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
        String title = "求购 " + product + " " + (1000 + random.nextInt(50_000)) + " 个";
        StringBuilder description = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            description.append(WORDS[random.nextInt(WORDS.length)]).append(w % 3 == 0 ? "，" : "");
        }
        description.append("。要求通过 FDA 和 LFGB 认证，交期 45 天，目的国美国，欢迎有实力的工厂报价，请通过平台联系。");
        if (i % 50 == 0) {
            description.append("详情加微 信");
        }
        return List.of(
                new ModerationEngine.Field("title", title),
                new ModerationEngine.Field("description", description.toString()),
                new ModerationEngine.Field("procurement", product),
                new ModerationEngine.Field("procurement", "304 不锈钢内胆，真空保温 12 小时，杯盖 PP 食品级，单个彩盒包装，外箱五层瓦楞"));
    }

    /** Inserts {@code count} published postings of every kind in batches of 50,000 with set-based SQL. */
    public void generate(int count) {
        List<UUID> categories = jdbc.sql("select id from directory.tags where kind = 'CATEGORY'")
                .query(UUID.class)
                .list();
        List<UUID> jobTypes = jdbc.sql("select id from board.terms where kind = 'JOB_TYPE'")
                .query(UUID.class)
                .list();
        List<UUID> processes = jdbc.sql("select id from board.terms where kind = 'PROCESS'")
                .query(UUID.class)
                .list();
        List<String> cities = jdbc.sql("select distinct left(code, 4) from (values "
                        + String.join(
                                ",",
                                java.util.Arrays.stream(PROVINCES)
                                        .map(p -> "('" + p + "01'),('" + p + "02'),('" + p + "03')")
                                        .toList())
                        + ") v(code)")
                .query(String.class)
                .list();
        long t0 = System.nanoTime();
        int done = 0;
        while (done < count) {
            int batch = Math.min(50_000, count - done);
            jdbc.sql(
                            """
                    insert into board.postings (id, kind, status, organization_id, author_user_id, title, description,
                        province_code, city_code, category_tag_id, quantity, unit, headcount, details, term_ids, attributes,
                        search_text, valid_until, submitted_at, published_at, created_at, updated_at)
                    select g0.id, g0.kind, 'PUBLISHED', g0.org, g0.org, t.title, '', g0.province, g0.city,
                        case when g0.kind in ('PROCUREMENT', 'INVENTORY', 'OEM_DEMAND') then g0.category end,
                        g0.qty, case when g0.kind = 'JOB' then '人' else '个' end,
                        case when g0.kind = 'JOB' then (g0.qty % 50) + 1 end,
                        case g0.kind
                          when 'PROCUREMENT' then jsonb_build_object('productName', g0.product, 'quantity', g0.qty, 'unit', '个',
                               'deliveryDate', '2027-06-30', 'certifications', '[]'::jsonb, 'sampleImageIds', '[]'::jsonb,
                               'targetPrice', jsonb_build_object('min', 10, 'max', 20, 'currency', 'CNY'))
                          when 'INVENTORY' then jsonb_build_object('productName', g0.product, 'quantity', g0.qty, 'unit', '个',
                               'unitPrice', jsonb_build_object('min', 8.5, 'currency', 'CNY'), 'saleMode', 'WHOLESALE')
                          when 'JOB' then jsonb_build_object('jobTypeId', g0.job, 'wageType', 'DAILY', 'headcount', (g0.qty % 50) + 1,
                               'wage', jsonb_build_object('min', 260, 'max', 320, 'currency', 'CNY'), 'startDate', '2027-01-10',
                               'housingProvided', g0.qty % 2 = 0, 'mealsProvided', true)
                          when 'OEM_DEMAND' then jsonb_build_object('processIds', jsonb_build_array(g0.process),
                               'specifications', g0.product || ' 加工，按图纸', 'quantity', g0.qty, 'unit', '个', 'leadTimeDays', 30,
                               'drawingFileIds', '[]'::jsonb)
                          else jsonb_build_object('equipment', jsonb_build_array(jsonb_build_object('type', '注塑机', 'count', 12,
                               'spec', '280T')), 'processIds', jsonb_build_array(g0.process), 'monthlyCapacity', g0.qty, 'unit', '个',
                               'quoteMethod', 'PER_PIECE', 'leadTimeDays', 15, 'samplesAvailable', true, 'materials', '[]'::jsonb)
                        end,
                        case g0.kind when 'JOB' then array[g0.job] when 'OEM_DEMAND' then array[g0.process]
                                    when 'OEM_SERVICE' then array[g0.process] else '{}'::uuid[] end,
                        case g0.kind when 'JOB' then array['wage:DAILY'] || case when g0.qty % 2 = 0 then array['housing:yes'] else '{}' end
                                    when 'INVENTORY' then array['sale:WHOLESALE'] else '{}'::varchar[] end,
                        t.title || ' ' || g0.product || ' ' || g0.extra,
                        now() + interval '60 days', g0.created, g0.created, g0.created, g0.created
                    from (
                        select gen_random_uuid() id,
                               (array['PROCUREMENT','INVENTORY','JOB','OEM_DEMAND','OEM_SERVICE'])[1 + (i % 5)] kind,
                               ('00000000-0000-7000-8000-' || lpad(to_hex(i % 20000), 12, '0'))::uuid org,
                               (:products)[1 + (i * 7 % array_length(:products, 1))] product,
                               (:words)[1 + (i * 13 % array_length(:words, 1))] || (:words)[1 + (i * 17 % array_length(:words, 1))] extra,
                               (:cities)[1 + (i * 31 % array_length(:cities, 1))] city,
                               left((:cities)[1 + (i * 31 % array_length(:cities, 1))], 2) province,
                               (:categories)[1 + (i * 11 % array_length(:categories, 1))] category,
                               (:jobs)[1 + (i * 3 % array_length(:jobs, 1))] job,
                               (:processes)[1 + (i * 5 % array_length(:processes, 1))] process,
                               100 + (i * 7919 % 50000) qty,
                               now() - (i % 90) * interval '1 day' - (i % 1440) * interval '1 minute' created
                        from generate_series(cast(:from as bigint), cast(:to as bigint)) i) g0
                    cross join lateral (select (case g0.kind when 'PROCUREMENT' then '求购 ' when 'INVENTORY' then '库存 '
                          when 'JOB' then '招聘 ' when 'OEM_DEMAND' then '代加工需求 ' else '代加工服务 ' end)
                          || g0.product title) t
                    """)
                    .param("products", PRODUCTS)
                    .param("words", WORDS)
                    .param("cities", cities.toArray(String[]::new))
                    .param("categories", categories.toArray(UUID[]::new))
                    .param("jobs", jobTypes.toArray(UUID[]::new))
                    .param("processes", processes.toArray(UUID[]::new))
                    .param("from", done)
                    .param("to", done + batch - 1)
                    .update();
            done += batch;
        }
        System.out.printf("generated %,d postings in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
    }

    public void reindexIfNeeded() throws InterruptedException {
        PostingSearch search = context.getBean(PostingSearch.class);
        long rows = jdbc.sql("select count(*) from board.postings")
                .query(Long.class)
                .single();
        if (search.countIndexed() < rows) {
            long t0 = System.nanoTime();
            search.reindex();
            System.out.printf(
                    "indexed %,d postings in %.1f s%n", search.countIndexed(), (System.nanoTime() - t0) / 1e9);
        }
    }

    /** A random query of the kinds people make: a keyword or a kind, with one or two filters. */
    public String randomQuery(Random random) {
        List<String> parts = new ArrayList<>();
        String province = PROVINCES[random.nextInt(PROVINCES.length)];
        switch (random.nextInt(4)) {
            case 0 -> {
                parts.add("q=" + enc(PRODUCTS[random.nextInt(PRODUCTS.length)]));
                parts.add("province=" + province);
            }
            case 1 -> {
                parts.add("kind=JOB");
                parts.add("city=" + province + "0" + (1 + random.nextInt(3)));
                parts.add("attribute=" + enc("housing:yes"));
            }
            case 2 -> {
                parts.add("kind=PROCUREMENT");
                parts.add("q=" + enc(WORDS[random.nextInt(WORDS.length)]));
                parts.add("province=" + province);
            }
            default -> {
                parts.add("kind=OEM_SERVICE");
                parts.add("province=" + province);
                parts.add("sort=QUANTITY");
            }
        }
        return String.join("&", parts);
    }

    /** The same query straight through the search service (no HTTP, no response assembly); returns the total. */
    public long searchService(String query) {
        Map<PostingSearch.Facet, List<String>> filters = new EnumMap<>(PostingSearch.Facet.class);
        String q = null;
        PostingSearch.SortOrder sort = null;
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8);
            switch (kv[0]) {
                case "q" -> q = value;
                case "kind" -> filters.put(PostingSearch.Facet.KIND, List.of(value));
                case "province" -> filters.put(PostingSearch.Facet.PROVINCE, List.of(value));
                case "city" -> filters.put(PostingSearch.Facet.CITY, List.of(value));
                case "attribute" -> filters.put(PostingSearch.Facet.ATTRIBUTE, List.of(value));
                case "sort" -> sort = PostingSearch.SortOrder.valueOf(value);
                default -> {}
            }
        }
        if (sort == null) {
            sort = q == null ? PostingSearch.SortOrder.NEWEST : PostingSearch.SortOrder.RELEVANCE;
        }
        return context.getBean(PostingSearch.class)
                .search(new PostingSearch.Query(q, filters, sort, null, null, 0, 20, true))
                .total();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
