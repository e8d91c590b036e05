package dev.quire.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The layering rules of docs/ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "dev.quire", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
}
