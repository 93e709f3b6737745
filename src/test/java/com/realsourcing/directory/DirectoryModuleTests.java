package com.realsourcing.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;

import com.realsourcing.directory.api.DirectoryApi;
import com.realsourcing.directory.api.TagKind;
import com.realsourcing.directory.api.TagView;
import com.realsourcing.directory.domain.Tag;
import com.realsourcing.directory.domain.TaxonomyService;
import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The directory module on its own; identity, files and notify, which it uses through their APIs, are mocked. */
@ApplicationModuleTest
class DirectoryModuleTests {

    /** 保温杯 as seeded by V2__seed_taxonomy.sql: the same id on every installation. */
    static final UUID VACUUM_FLASK = UUID.fromString("01941f29-7c00-700e-bffb-4f0e2224b707");

    @MockitoBean
    IdentityApi identity;

    @MockitoBean
    com.realsourcing.files.api.FilesApi files;

    @MockitoBean
    com.realsourcing.notify.api.NotifyApi notify;

    @Autowired
    com.realsourcing.directory.domain.OnboardingService onboarding;

    @Autowired
    com.realsourcing.directory.domain.ReviewService reviews;

    private final AuthenticatedUser reviewer = new AuthenticatedUser(
            Ids.newId(), "审核员", Ids.newId(), "REVIEWER", Set.of("directory:review:decide"), Set.of(), false);

    @Autowired
    DirectoryApi directory;

    @Autowired
    TaxonomyService taxonomy;

    private final AuthenticatedUser operator = new AuthenticatedUser(
            Ids.newId(), "运营", Ids.newId(), "OPERATOR", Set.of("directory:taxonomy:manage"), Set.of(), false);

    @Test
    void resolvesSeededTagsById() {
        TagView flask = directory.findTag(VACUUM_FLASK).orElseThrow();

        assertThat(flask.code()).isEqualTo("daily-goods.vacuum-flask");
        assertThat(flask.kind()).isEqualTo(TagKind.CATEGORY);
        assertThat(flask.nameZh()).isEqualTo("保温杯");
        assertThat(flask.nameEn()).isEqualTo("Vacuum flasks & tumblers");
        assertThat(directory.findTag(flask.parentId()))
                .get()
                .extracting(TagView::nameZh)
                .isEqualTo("日用百货制造");
        assertThat(directory.findTag(Ids.newId())).isEmpty();
    }

    @Test
    void aRetiredTagStillResolvesButLeavesTheForms() {
        UUID dailyGoods = directory.findTags(List.of(VACUUM_FLASK)).get(0).parentId();
        Tag tag = taxonomy.add(
                operator,
                new TaxonomyService.NewTag(
                        TagKind.CATEGORY, dailyGoods, null, "模块测试品类" + System.nanoTime(), "Module test", null, null));
        verify(identity)
                .audit(argThat(r -> r.action().equals("directory.tag.created")
                        && r.targetId().equals(tag.getId())
                        && r.actorId().equals(operator.userId())));

        taxonomy.retire(operator, tag.getId());

        assertThat(directory.findTag(tag.getId())).get().satisfies(view -> {
            assertThat(view.retired()).isTrue();
            assertThat(view.code()).startsWith("daily-goods.module-test");
        });
        assertThat(taxonomy.taxonomy(false).industries().stream()
                        .flatMap(i -> i.categories().stream())
                        .map(Tag::getId))
                .doesNotContain(tag.getId())
                .contains(VACUUM_FLASK);
        assertThat(taxonomy.taxonomy(true).industries().stream()
                        .flatMap(i -> i.categories().stream())
                        .map(Tag::getId))
                .contains(tag.getId());
        verify(identity)
                .audit(argThat(r -> r.action().equals("directory.tag.retired")
                        && r.targetId().equals(tag.getId())));
    }

    @Test
    void attributeTagsKnowTheirGroup() {
        TagView production = taxonomy.taxonomy(false).attributeGroups().stream()
                .filter(g -> g.group().getCode().equals("business-type"))
                .flatMap(g -> g.tags().stream())
                .findFirst()
                .flatMap(t -> directory.findTag(t.getId()))
                .orElseThrow();

        assertThat(production.nameZh()).isEqualTo("生产型");
        assertThat(production.groupCode()).isEqualTo("business-type");
        assertThat(production.parentId()).isNull();
    }

    private com.realsourcing.directory.domain.LicenceReview submitFactory(AuthenticatedUser owner, String name) {
        UUID licence = Ids.newId();
        org.mockito.Mockito.when(files.findOwnedBy(licence, owner.organizationId()))
                .thenReturn(java.util.Optional.of(new com.realsourcing.files.api.StoredFile(
                        licence,
                        owner.organizationId(),
                        owner.userId(),
                        "licence.jpg",
                        "image/jpeg",
                        300_000,
                        1200,
                        800,
                        true,
                        com.realsourcing.files.api.FileVisibility.ORGANIZATION,
                        java.time.Instant.now())));
        UUID dailyGoods = directory.findTag(VACUUM_FLASK).orElseThrow().parentId();
        return onboarding.submitFactory(
                owner,
                new com.realsourcing.directory.domain.LicenceSubmission(
                        name,
                        com.realsourcing.directory.domain.CreditCode.compose(
                                "91", "330782", String.format("%08d", System.nanoTime() % 100_000_000L)),
                        "陈义乌",
                        "33",
                        "3307",
                        "330782",
                        "稠城街道工业园 1 号",
                        licence,
                        dailyGoods,
                        List.of(VACUUM_FLASK),
                        List.of(),
                        "陈经理",
                        "13900001111",
                        null));
    }

    private static AuthenticatedUser factoryOwner() {
        return new AuthenticatedUser(
                Ids.newId(), "厂长", Ids.newId(), "OWNER", Set.of("directory:factory:onboard"), Set.of(), false);
    }

    @Test
    void approvalListsTheFactoryAndAnnouncesIt(org.springframework.modulith.test.Scenario scenario) {
        AuthenticatedUser owner = factoryOwner();
        var review = submitFactory(owner, "义乌市模块测试保温杯厂");
        assertThat(directory.findFactory(review.getFactoryId())).get().satisfies(f -> assertThat(f.status())
                .isEqualTo("PENDING_REVIEW"));

        scenario.stimulate(() -> reviews.approve(reviewer, review.getId()))
                .andWaitForEventOfType(com.realsourcing.directory.api.FactoryApproved.class)
                .matching(event -> event.reviewId().equals(review.getId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.factoryId()).isEqualTo(review.getFactoryId());
                    assertThat(event.organizationId()).isEqualTo(owner.organizationId());
                    assertThat(event.kind()).isEqualTo("ONBOARDING");
                });
        assertThat(directory.findFactory(review.getFactoryId())).get().satisfies(f -> {
            assertThat(f.status()).isEqualTo("LISTED");
            assertThat(f.verified()).isTrue();
            assertThat(f.provinceCode()).isEqualTo("33");
        });
        assertThat(directory.isVerified(owner.organizationId())).isTrue();
        verify(identity)
                .audit(argThat(r -> r.action().equals("directory.review.approve")
                        && r.targetId().equals(review.getId())
                        && r.actorId().equals(reviewer.userId())));
    }

    @Test
    void rejectionKeepsTheFactoryUnlistedAndAnnouncesTheReason(org.springframework.modulith.test.Scenario scenario) {
        AuthenticatedUser owner = factoryOwner();
        var review = submitFactory(owner, "义乌市模块测试餐具厂");

        scenario.stimulate(() -> reviews.reject(reviewer, review.getId(), "营业执照已过期"))
                .andWaitForEventOfType(com.realsourcing.directory.api.FactoryRejected.class)
                .matching(event -> event.reviewId().equals(review.getId()))
                .toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo("营业执照已过期"));
        assertThat(directory.findFactory(review.getFactoryId())).get().satisfies(f -> assertThat(f.status())
                .isEqualTo("REJECTED"));
        assertThat(directory.isVerified(owner.organizationId())).isFalse();
        verify(notify)
                .notifyUser(argThat(n -> n.userId().equals(owner.userId())
                        && n.template().equals("notify.directory.review-rejected")
                        && n.params().get("reason").equals("营业执照已过期")));
    }
}
