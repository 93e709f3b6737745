package com.realsourcing.files.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UploadRepository extends JpaRepository<Upload, UUID> {

    Optional<Upload> findByIdAndOrganizationId(UUID id, UUID organizationId);
}
