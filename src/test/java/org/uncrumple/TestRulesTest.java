package org.uncrumple;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.prefs.Preferences;

/** Rules for the tests themselves, so that they stay trustworthy and leave the user alone. */
@AnalyzeClasses(packages = "org.uncrumple", importOptions = ImportOption.OnlyIncludeTests.class)
class TestRulesTest {
  private static final Set<String> USERS_PREFERENCES =
      Set.of("userRoot", "userNodeForPackage", "systemRoot", "systemNodeForPackage");

  @ArchTest
  static final ArchRule testsNeverTouchTheUsersPreferences =
      noClasses()
          .should()
          .callMethodWhere(
              new DescribedPredicate<JavaCall<?>>("a call that opens the user's preferences") {
                @Override
                public boolean test(JavaCall<?> call) {
                  String owner = call.getTargetOwner().getName();
                  String name = call.getName();
                  return owner.equals(Preferences.class.getName())
                          && USERS_PREFERENCES.contains(name)
                      || owner.equals("org.uncrumple.app.App") && name.equals("userPreferences");
                }
              })
          .because(
              "a developer's theme, window place or recent files must not change what a test sees,"
                  + " and a test must not change them: windows under test remember into a"
                  + " MemoryPreferences");

  @ArchTest
  static final ArchRule robotsNeverMeasureNodesOffTheFxThread =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.uncrumple.testing..")
          .should()
          .callMethodWhere(
              new DescribedPredicate<JavaCall<?>>("a TestFX robot call given a node") {
                @Override
                public boolean test(JavaCall<?> call) {
                  boolean robot =
                      call.getTargetOwner().getPackageName().startsWith("org.testfx.api")
                          && call.getTargetOwner().getSimpleName().startsWith("FxRobot");
                  return robot
                      && call.getTarget().getRawParameterTypes().stream()
                          .anyMatch(TestRulesTest::isNode);
                }
              })
          .because(
              "TestFX measures the node on the test's thread, racing the FX thread's pulse over"
                  + " the same cached bounds (an IndexOutOfBoundsException in"
                  + " Parent.updateCachedBounds); use OnScreen to find the point on the FX thread");

  private static boolean isNode(JavaClass type) {
    return type.isAssignableTo("javafx.scene.Node");
  }
}
