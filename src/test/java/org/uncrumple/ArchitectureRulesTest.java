package org.uncrumple;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices()
          .matching("org.uncrumple.(**)")
          .should()
          .beFreeOfCycles()
          .because(
              "each package is a floor that builds on the ones below it; a cycle would make two"
                  + " floors one, and neither could be understood or tested alone");

  @ArchTest
  static final ArchRule pictureAndExportKnowNothingOfTheWindow =
      noClasses()
          .that()
          .resideInAnyPackage("org.uncrumple.view..", "org.uncrumple.export..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.uncrumple.app..", "org.uncrumple.cli..")
          .because(
              "the 3D picture is drawn the same way in the window and in a headless export, so it"
                  + " cannot lean on the window's parts");

  @ArchTest
  static final ArchRule thePictureDoesNotFilm =
      noClasses()
          .that()
          .resideInAPackage("org.uncrumple.view..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.uncrumple.export..")
          .because("export films the picture; the picture does not know it is being filmed");

  @ArchTest
  static final ArchRule windowPartsDoNotReachIntoTheShell =
      noClasses()
          .that()
          .resideInAnyPackage("org.uncrumple.app.*..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.uncrumple.app")
          .because(
              "the shell assembles the window's parts; a part that reached back into it would tie"
                  + " every part to every other");
}
