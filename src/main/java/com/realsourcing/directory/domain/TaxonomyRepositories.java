package com.realsourcing.directory.domain;

import com.realsourcing.directory.api.TagKind;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TagRepository extends JpaRepository<Tag, UUID> {

    @Query("select t from Tag t order by t.sortOrder, t.id")
    List<Tag> findAllOrdered();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Tag t where t.id = :id")
    Optional<Tag> findForUpdate(UUID id);

    /** Siblings locked in id order (so two admins reordering the same list queue instead of deadlocking). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Tag t where t.kind = :kind and t.parentId is null and t.groupId is null order by t.id")
    List<Tag> lockTopLevel(TagKind kind);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Tag t where t.parentId = :parentId order by t.id")
    List<Tag> lockChildren(UUID parentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Tag t where t.groupId = :groupId order by t.id")
    List<Tag> lockGroupMembers(UUID groupId);

    boolean existsByCode(String code);

    List<Tag> findByCodeIn(java.util.Collection<String> codes);
}

interface AttributeGroupRepository extends JpaRepository<AttributeGroup, UUID> {

    @Query("select g from AttributeGroup g order by g.sortOrder, g.code")
    List<AttributeGroup> findAllOrdered();
}

interface ExportIndustryRepository extends JpaRepository<ExportIndustry, UUID> {

    @Query("select e from ExportIndustry e order by e.sortOrder, e.code")
    List<ExportIndustry> findAllOrdered();

    List<ExportIndustry> findByCodeIn(java.util.Collection<String> codes);
}

interface HsChapterRepository extends JpaRepository<HsChapter, String> {

    @Query("select h from HsChapter h order by h.chapter")
    List<HsChapter> findAllOrdered();
}
