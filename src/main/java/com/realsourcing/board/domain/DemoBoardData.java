package com.realsourcing.board.domain;

import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.identity.api.OrganizationSummary;
import com.realsourcing.shared.domain.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo board (profile {@code demo} only): postings of every kind by the demo organisations (README lists their
 * logins) — a trading company's 保温杯 RFQ, factories' stock, jobs and OEM services, a brand's OEM demand — most of
 * them published, two waiting for the reviewer (one flagged). Written once, marked by their idempotency keys, so a
 * restart adds nothing.
 */
@Component
@Profile("demo")
@Order(60)
class DemoBoardData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBoardData.class);
    private static final UUID VACUUM_FLASK = UUID.fromString("01941f29-7c00-700e-bffb-4f0e2224b707");

    private record Demo(
            String key,
            String organization,
            PostingKind kind,
            String province,
            String city,
            UUID category,
            String description,
            PostingDetails details,
            boolean publish) {}

    private final PostingRepository postings;
    private final PostingRules rules;
    private final Moderation moderation;
    private final ModerationLog moderationLog;
    private final TermService terms;
    private final IdentityApi identity;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoBoardData(
            PostingRepository postings,
            PostingRules rules,
            Moderation moderation,
            ModerationLog moderationLog,
            TermService terms,
            IdentityApi identity,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.postings = postings;
        this.rules = rules;
        this.moderation = moderation;
        this.moderationLog = moderationLog;
        this.terms = terms;
        this.identity = identity;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Demo demo : demos()) {
            Optional<OrganizationSummary> org = identity.findOrganizationByName(demo.organization());
            if (org.isEmpty()
                    || postings.findByOrganizationIdAndIdempotencyKey(org.get().id(), demo.key())
                            .isPresent()) {
                continue;
            }
            Boolean done = transactions.execute(tx -> create(org.get(), demo));
            if (Boolean.TRUE.equals(done)) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo board postings created: {}", created);
        }
    }

    private boolean create(OrganizationSummary org, Demo demo) {
        PostingContent common = new PostingContent(
                "",
                demo.description(),
                demo.province(),
                demo.city(),
                null,
                null,
                demo.category(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null);
        PostingContent content = PostingContent.of(common, demo.details());
        PostingSnapshot snapshot = rules.resolve(demo.kind(), org.id(), content, null);
        Instant now = clock.instant();
        Posting posting = new Posting(Ids.newId(), demo.kind(), org.id(), org.id(), demo.key(), snapshot, now);
        List<ModerationHit> hits = moderation.check(List.of(
                new ModerationEngine.Field("description", demo.description()),
                new ModerationEngine.Field(
                        PostingContent.detailsField(demo.kind()),
                        String.join(" ", demo.details().searchTexts()))));
        posting.submit(hits, now);
        boolean publish = demo.publish() && hits.isEmpty();
        if (publish) {
            posting.approve(now);
        }
        postings.saveAndFlush(posting);
        moderationLog.record(posting.getId(), ModerationLog.Action.SUBMITTED, false, null, null, List.of(), now);
        if (publish) {
            moderationLog.record(posting.getId(), ModerationLog.Action.APPROVED, false, null, "demo", List.of(), now);
        } else if (!hits.isEmpty()) {
            moderationLog.record(posting.getId(), ModerationLog.Action.AUTO_FLAGGED, false, null, null, hits, now);
        }
        return true;
    }

    private UUID term(Term.Kind kind, String nameZh) {
        return terms.list(kind, false).stream()
                .filter(t -> t.getNameZh().equals(nameZh))
                .map(Term::getId)
                .findFirst()
                .orElseThrow();
    }

    private List<Demo> demos() {
        LocalDate today = LocalDate.now(clock);
        PriceRange cny = null;
        return List.of(
                new Demo(
                        "demo-rfq-flask",
                        "深圳环球通进出口有限公司",
                        PostingKind.PROCUREMENT,
                        "44",
                        "4403",
                        VACUUM_FLASK,
                        "美国客户长期订单，需提供 BSCI 验厂报告和 FDA 检测报告，可先打样。",
                        new ProcurementDetails(
                                "304 不锈钢保温杯 500ml",
                                new BigDecimal("30000"),
                                "个",
                                new PriceRange(new BigDecimal("12.50"), new BigDecimal("15.00"), "CNY"),
                                today.plusDays(75),
                                "内胆 304 不锈钢，真空保温 12 小时，杯盖 PP 食品级，每个彩盒包装",
                                List.of("FDA", "LFGB"),
                                "US",
                                List.of(),
                                10),
                        true),
                new Demo(
                        "demo-rfq-tableware",
                        "广州丝路外贸有限公司",
                        PostingKind.PROCUREMENT,
                        "44",
                        "4401",
                        VACUUM_FLASK,
                        "中东客户，清真认证优先，分两批交货。",
                        new ProcurementDetails(
                                "儿童吸管保温杯",
                                new BigDecimal("8000"),
                                "个",
                                new PriceRange(new BigDecimal("2.10"), new BigDecimal("2.80"), "USD"),
                                today.plusDays(50),
                                "卡通图案，硅胶吸嘴可拆洗",
                                List.of("CE"),
                                "AE",
                                List.of(),
                                8),
                        true),
                new Demo(
                        "demo-stock-flask",
                        "宁波恒达保温杯制造有限公司",
                        PostingKind.INVENTORY,
                        "33",
                        "3302",
                        VACUUM_FLASK,
                        "外贸订单尾货，品质全检，可看样。",
                        new InventoryDetails(
                                "316 不锈钢保温杯（尾货）",
                                new BigDecimal("5200"),
                                "个",
                                new PriceRange(new BigDecimal("9.80"), null, "CNY"),
                                new BigDecimal("500"),
                                InventoryDetails.SaleMode.EITHER,
                                today.plusDays(30)),
                        true),
                new Demo(
                        "demo-job-sewing",
                        "义乌优品日用品厂",
                        PostingKind.JOB,
                        "33",
                        "3307",
                        null,
                        "旺季赶货，包吃包住，工资日结。",
                        new JobDetails(
                                term(Term.Kind.JOB_TYPE, "缝纫工"),
                                JobDetails.WageType.DAILY,
                                new PriceRange(new BigDecimal("260"), new BigDecimal("320"), "CNY"),
                                12,
                                today.plusDays(3),
                                today.plusDays(60),
                                "两班倒，每班 10 小时",
                                "会平车，有服装厂经验优先",
                                true,
                                true),
                        true),
                new Demo(
                        "demo-job-packer",
                        "宁波恒达保温杯制造有限公司",
                        PostingKind.JOB,
                        "33",
                        "3302",
                        null,
                        "包装车间临时工，长白班。",
                        new JobDetails(
                                term(Term.Kind.JOB_TYPE, "包装工"),
                                JobDetails.WageType.HOURLY,
                                new PriceRange(new BigDecimal("24"), null, "CNY"),
                                20,
                                today.plusDays(1),
                                today.plusDays(30),
                                "8:00–20:00",
                                "手脚麻利，能站立工作",
                                false,
                                true),
                        true),
                new Demo(
                        "demo-oem-injection",
                        "东莞精工模具有限公司",
                        PostingKind.OEM_SERVICE,
                        "44",
                        "4419",
                        null,
                        "注塑车间产能富余，可承接小批量急单，免费打样。",
                        new OemServiceDetails(
                                List.of(
                                        new OemServiceDetails.Equipment("注塑机", 24, "80T–450T"),
                                        new OemServiceDetails.Equipment("CNC 加工中心", 6, "三轴")),
                                List.of(term(Term.Kind.PROCESS, "注塑"), term(Term.Kind.PROCESS, "模具制造")),
                                List.of("PP", "ABS", "PC"),
                                new BigDecimal("20000"),
                                new BigDecimal("500000"),
                                "件",
                                OemServiceDetails.QuoteMethod.BY_DRAWING,
                                "按图报价，开模费可返还",
                                15,
                                true),
                        true),
                new Demo(
                        "demo-oem-demand-lids",
                        "杭州小野家居",
                        PostingKind.OEM_DEMAND,
                        "33",
                        "3301",
                        null,
                        "保温杯杯盖代加工，我方提供模具，需要长期稳定供货。",
                        new OemDemandDetails(
                                List.of(term(Term.Kind.PROCESS, "注塑")),
                                "杯盖 PP 材质，单重 28 g，颜色 6 种，公差 ±0.05 mm",
                                "PP 食品级",
                                new BigDecimal("100000"),
                                "件",
                                20,
                                new PriceRange(new BigDecimal("0.60"), new BigDecimal("0.85"), "CNY"),
                                List.of()),
                        true),
                new Demo(
                        "demo-pending-rfq",
                        "上海轻氧运动",
                        PostingKind.PROCUREMENT,
                        "31",
                        null,
                        VACUUM_FLASK,
                        "运动水壶采购，需要定制 logo，请通过平台联系。",
                        new ProcurementDetails(
                                "运动水壶 750ml",
                                new BigDecimal("12000"),
                                "个",
                                cny,
                                today.plusDays(40),
                                "Tritan 材质，不含 BPA",
                                List.of(),
                                "DE",
                                List.of(),
                                null),
                        false),
                new Demo(
                        "demo-pending-flagged",
                        "广州丝路外贸有限公司",
                        PostingKind.PROCUREMENT,
                        "44",
                        "4401",
                        VACUUM_FLASK,
                        "急单！详情加微 信 沟通。",
                        new ProcurementDetails(
                                "真空焖烧杯",
                                new BigDecimal("3000"),
                                "个",
                                cny,
                                today.plusDays(20),
                                "",
                                List.of(),
                                null,
                                List.of(),
                                null),
                        false));
    }
}
