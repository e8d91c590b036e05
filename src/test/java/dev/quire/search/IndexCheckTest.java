package dev.quire.search;

import dev.quire.ArchiveTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The index check on the embedded Lucene index, in an archive of its own (it checks every work). */
@SpringBootTest
class IndexCheckTest extends IndexCheckCases {

  @DynamicPropertySource
  static void archive(DynamicPropertyRegistry registry) {
    registry.add("quire.data", ArchiveTest.newDataFolder()::toString);
  }
}
