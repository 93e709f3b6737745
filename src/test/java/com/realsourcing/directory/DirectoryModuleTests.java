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

/** The directory module on its own; identity, which it audits through, is mocked. */
@ApplicationModuleTest
class DirectoryModuleTests {

    /** 保温杯 as seeded by V2__seed_taxonomy.sql: the same id on every installation. */
    static final UUID VACUUM_FLASK = UUID.fromString("01941f29-7c00-700e-bffb-4f0e2224b707");

    @MockitoBean
    IdentityApi identity;

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
}
