package dev.quire.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.quire.ingest.Importer;
import dev.quire.ingest.WorkPublisher;
import dev.quire.reader.AdultContentGate;
import dev.quire.posting.Drafts;
import dev.quire.posting.WorkPosting;
import dev.quire.search.SearchIndex;
import dev.quire.work.WorkRepository;
import dev.quire.work.web.ReadingAccess;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The layering rules of docs/ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "dev.quire",
    importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.WrittenByHand.class})
class ArchitectureTest {

  /**
   * Leaves out what the build writes: the bean definitions of the server and of the commands
   * prepared ahead of time ({@code Name__BeanDefinitions}, {@code Name__CommandsBeanDefinitions}
   * and the like, which construct every bean and so name every class) and the proxies made with
   * them ({@code Name$$SpringCGLIB$$0}).
   */
  static final class WrittenByHand implements ImportOption {

    private static final Pattern GENERATED = Pattern.compile(".*(__|\\$\\$SpringCGLIB\\$\\$)[^/]*\\.class$");

    @Override
    public boolean includes(Location location) {
      return !location.matches(GENERATED);
    }
  }

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      slices().matching("dev.quire.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule parsersAndTaggersArePure =
      noClasses()
          .that().resideInAnyPackage("dev.quire.ingest.format..", "dev.quire.tagging..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..");

  @ArchTest
  static final ArchRule controllersStayInWebPackagesAndArePackagePrivate =
      classes()
          .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
          .should().resideInAPackage("..web..")
          .andShould().notBePublic();

  @ArchTest
  static final ArchRule noClassIsNamedForAVagueRole =
      noClasses()
          .should().haveSimpleNameEndingWith("Service")
          .orShould().haveSimpleNameEndingWith("Manager")
          .orShould().haveSimpleNameEndingWith("Helper")
          .orShould().haveSimpleNameEndingWith("Util")
          .orShould().haveSimpleNameEndingWith("Utils");

  /**
   * Works are read for a viewer only where the access policy is applied: the repository that loads
   * works by id answers for nobody, so only the work package (WorkCatalog and the other classes
   * that ask AccessPolicy) and the code that writes works or counts them all for the index — the
   * importer, WorkPublisher, the vocabulary learnt from imports, ArchiveCommunity (which finds the
   * works an import made for their archive's reviews and favourites), and SearchIndex — and posting's
   * WorkPosting and Drafts, which ask AccessPolicy before they read or change a work, may use it.
   */
  @ArchTest
  static final ArchRule onlyTheCodeThatAppliesTheAccessPolicyLoadsWorksById =
      noClasses()
          .that().resideOutsideOfPackage("dev.quire.work")
          .and().doNotBelongToAnyOf(WorkPublisher.class, Importer.class, SearchIndex.class,
              WorkPosting.class, Drafts.class)
          .and().doNotHaveFullyQualifiedName("dev.quire.ingest.ArchiveVocabulary")
          .and().doNotHaveFullyQualifiedName("dev.quire.ingest.ArchiveCommunity")
          .should().dependOnClassesThat().belongToAnyOf(WorkRepository.class)
          .because("every read path takes the viewer's answer from AccessPolicy, through WorkCatalog or WorkQuery");

  /** The adult-content gate is one step of the way in to a work's text, so no handler can forget it. */
  @ArchTest
  static final ArchRule onlyTheWayInToAWorksTextAsksTheAdultContentGate =
      noClasses()
          .that().doNotBelongToAnyOf(ReadingAccess.class, AdultContentGate.class)
          .should().dependOnClassesThat().belongToAnyOf(AdultContentGate.class)
          .because("reading pages and downloads reach a work's text through ReadingAccess");
}
