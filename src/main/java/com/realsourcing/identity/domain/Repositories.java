package com.realsourcing.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface UserRepository extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {
    Optional<User> findByEmailIndex(String emailIndex);

    Optional<User> findByMobileIndex(String mobileIndex);
}

interface OrganizationRepository extends JpaRepository<Organization, UUID>, JpaSpecificationExecutor<Organization> {
    Optional<Organization> findFirstByType(com.realsourcing.identity.api.OrganizationType type);

    Optional<Organization> findFirstByNameOrderByCreatedAt(String name);
}

interface MembershipRepository extends JpaRepository<Membership, Membership.Key> {
    List<Membership> findByKeyUserId(UUID userId);

    List<Membership> findByKeyUserIdIn(Collection<UUID> userIds);

    List<Membership> findByKeyOrganizationId(UUID organizationId);

    long countByKeyOrganizationId(UUID organizationId);

    Optional<Membership> findByKeyOrganizationIdAndKeyUserId(UUID organizationId, UUID userId);
}
