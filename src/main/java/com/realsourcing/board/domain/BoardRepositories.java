package com.realsourcing.board.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

interface TermRepository extends JpaRepository<Term, UUID> {
    List<Term> findByKind(Term.Kind kind, Sort sort);

    Optional<Term> findByKindAndNameZh(Term.Kind kind, String nameZh);

    Optional<Term> findByKindAndCode(Term.Kind kind, String code);
}

interface ModerationWordRepository extends JpaRepository<ModerationWord, UUID> {
    Optional<ModerationWord> findByNormalized(String normalized);
}

interface QuoteRepository extends JpaRepository<Quote, UUID> {
    Optional<Quote> findByPostingIdAndOrganizationId(UUID postingId, UUID organizationId);

    List<Quote> findByPostingId(UUID postingId);

    Page<Quote> findByOrganizationId(UUID organizationId, Pageable pageable);
}
