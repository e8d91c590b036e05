package dev.quire.ingest;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRunFileRepository extends JpaRepository<ImportRunFile, Long> {}
