package dev.quire.work;

import org.springframework.data.jpa.repository.JpaRepository;

/** The bytes of original files by SHA-256. */
public interface OriginalContentRepository extends JpaRepository<OriginalContent, String> {}
