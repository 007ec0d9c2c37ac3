package org.uncrumple;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.uncrumple", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {
  private static final String[] CORE = {
    "org.uncrumple.nn..",
    "org.uncrumple.data..",
    "org.uncrumple.train..",
    "org.uncrumple.geometry..",
    "org.uncrumple.scene..",
    "org.uncrumple.lessons.."
  };

  @ArchTest
  static final ArchRule coreIsFreeOfJavaFx =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..")
          .because(
              "the core must run headless: in the trainer, the CLI and tests without a toolkit");

  @ArchTest
  static final ArchRule coreDoesNotPrint =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because(
              "library code reports through exceptions and one logging API, never the console");

  @ArchTest
  static final ArchRule numericCoreKnowsNothingOfFiles =
      noClasses()
          .that()
          .resideInAnyPackage("org.uncrumple.nn..", "org.uncrumple.geometry..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.uncrumple.scene..", "org.uncrumple.app..", "org.uncrumple.cli..")
          .because("data flows one way: files and the window depend on the maths, not back");

  @ArchTest
  static final ArchRule lessonsAreComputationsNotViews =
      noClasses()
          .that()
          .resideInAPackage("org.uncrumple.lessons..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.uncrumple.app..", "org.uncrumple.cli..", "org.uncrumple.scene..")
          .because(
              "the lessons compute on networks and data; the window and the scene files use them,"
                  + " not the other way round");
}
