package org.uncrumple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Debian package's maintainer scripts never fail over the desktop menu: {@code apt install} on
 * a minimal Debian 12, which has no {@code /usr/share/desktop-directories}, once stopped half-way
 * because jpackage's postinst ran {@code xdg-desktop-menu} (exit 3), and dpkg then refused to
 * remove the package.
 *
 * <p>The scripts are run in a sandbox: their absolute paths are moved into a temporary folder, and
 * every xdg tool and {@code update-desktop-database} on the PATH fails with exit 3. Checked are the
 * templates in {@code packaging/deb} (what {@code mvn package -Ddeb} puts into the package, after
 * jpackage fills in the package's name) always, and the scripts inside {@code
 * target/uncrumple_*.deb} when it was built and {@code dpkg-deb} is here. Run by failsafe, which
 * passes both places as system properties; without them (an IDE) the tests are skipped.
 */
class DebPackageIT {
  private static final String PACKAGE = "uncrumple";
  private static final String MENU_ENTRY = "/usr/share/applications/uncrumple.desktop";

  @TempDir Path sandbox;

  /** The scripts: from the templates, and from the built package where there is one. */
  static Stream<Scripts> scripts() throws Exception {
    List<Scripts> found = new ArrayList<>();
    String resources = System.getProperty("uncrumple.debResources");
    assumeTrue(resources != null, "no -Duncrumple.debResources: run through mvn verify");
    found.add(
        new Scripts(
            "templates",
            fill(Files.readString(Path.of(resources, "postinst"))),
            fill(Files.readString(Path.of(resources, "prerm")))));
    String deb = System.getProperty("uncrumple.deb");
    if (deb != null && Files.isRegularFile(Path.of(deb)) && onPath("dpkg-deb")) {
      Path control = Files.createTempDirectory("uncrumple-deb-control");
      Run extract = run(List.of("dpkg-deb", "-e", deb, control.toString()), Map.of());
      assertEquals(0, extract.exitCode(), extract.output());
      found.add(
          new Scripts(
              "the built package",
              Files.readString(control.resolve("postinst")),
              Files.readString(control.resolve("prerm"))));
    } else {
      System.out.println(
          "DebPackageIT checks the templates only: no " + deb + " (mvn package -Ddeb builds it)");
    }
    return found.stream();
  }

  /** A package's postinst and prerm. */
  record Scripts(String from, String postinst, String prerm) {
    @Override
    public String toString() {
      return from;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void noScriptCallsAnXdgTool(Scripts scripts) {
    for (String script : List.of(scripts.postinst(), scripts.prerm())) {
      for (String line : script.split("\n")) {
        String code = line.strip();
        assertFalse(
            !code.startsWith("#") && code.contains("xdg-"), "a script calls an xdg tool: " + line);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void installAddsTheMenuEntryAndRemovalTakesItAway(Scripts scripts) throws Exception {
    Path root = fakeRoot(true);

    Run install = runScript(scripts.postinst(), root, "configure");
    assertEquals(0, install.exitCode(), install.output());
    assertTrue(Files.isRegularFile(inRoot(root, MENU_ENTRY)), "the menu entry");
    assertTrue(
        Files.readString(inRoot(root, MENU_ENTRY)).contains("Exec=/opt/uncrumple/bin/uncrumple"));

    Run remove = runScript(scripts.prerm(), root, "remove");
    assertEquals(0, remove.exitCode(), remove.output());
    assertFalse(Files.exists(inRoot(root, MENU_ENTRY)), "the menu entry after removal");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void withoutAnyMenuFolderInstallAndRemovalStillSucceed(Scripts scripts) throws Exception {
    Path root = fakeRoot(false);
    // Not even /usr/share/applications can be made: /usr/share is a file here.
    Files.createDirectories(inRoot(root, "/usr"));
    Files.writeString(inRoot(root, "/usr/share"), "not a folder");

    Run install = runScript(scripts.postinst(), root, "configure");
    assertEquals(0, install.exitCode(), install.output());
    assertTrue(install.output().contains("without a menu entry"), install.output());

    Run remove = runScript(scripts.prerm(), root, "remove");
    assertEquals(0, remove.exitCode(), remove.output());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void upgradesAndAbortsNeverFail(Scripts scripts) throws Exception {
    Path root = fakeRoot(false);
    for (String argument : List.of("abort-upgrade", "abort-remove", "abort-deconfigure")) {
      Run run = runScript(scripts.postinst(), root, argument);
      assertEquals(0, run.exitCode(), argument + ": " + run.output());
    }
    for (String argument : List.of("upgrade", "failed-upgrade", "deconfigure")) {
      Run run = runScript(scripts.prerm(), root, argument);
      assertEquals(0, run.exitCode(), argument + ": " + run.output());
    }
  }

  /** What jpackage does to a template: the package's name in place of its token. */
  private static String fill(String template) {
    return template.replace("APPLICATION_PACKAGE", PACKAGE);
  }

  /** A root with the installed program's .desktop file; with or without a menu folder. */
  private Path fakeRoot(boolean withApplicationsFolder) throws IOException {
    Path root = Files.createDirectories(sandbox.resolve("root"));
    Path lib = Files.createDirectories(inRoot(root, "/opt/uncrumple/lib"));
    Files.writeString(
        lib.resolve("uncrumple-uncrumple.desktop"),
        "[Desktop Entry]\nName=uncrumple\nExec=/opt/uncrumple/bin/uncrumple\nType=Application\n");
    if (withApplicationsFolder) {
      Files.createDirectories(inRoot(root, "/usr/share/applications"));
    }
    return root;
  }

  private static Path inRoot(Path root, String absolute) {
    return root.resolve(absolute.substring(1));
  }

  /**
   * Runs a maintainer script with its /opt and /usr paths moved under {@code root}, and with tools
   * on the PATH that fail as a minimal Debian's xdg-desktop-menu does.
   */
  private Run runScript(String script, Path root, String argument) throws Exception {
    String moved =
        script.replace("/usr/share/", root + "/usr/share/").replace("/opt/", root + "/opt/");
    Path file = sandbox.resolve("script-" + System.nanoTime());
    Files.writeString(file, moved);
    Path bin = Files.createDirectories(sandbox.resolve("bin"));
    for (String tool :
        List.of(
            "xdg-desktop-menu",
            "xdg-mime",
            "xdg-icon-resource",
            "xdg-desktop-icon",
            "update-desktop-database")) {
      Path stub = bin.resolve(tool);
      Files.writeString(stub, "#!/bin/sh\necho \"" + tool + ": no menu folder\" >&2\nexit 3\n");
      Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return run(
        List.of("/bin/sh", file.toString(), argument), Map.of("PATH", bin + ":/usr/bin:/bin"));
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
  }

  private record Run(int exitCode, String output) {}

  private static Run run(List<String> command, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (!environment.isEmpty()) {
      builder.environment().clear();
      builder.environment().putAll(environment);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Run(-1, output + "\n(did not finish in 60 s)");
    }
    return new Run(process.exitValue(), output);
  }
}
