package org.uncrumple.scene;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.uncrumple.nn.Activation;
import org.uncrumple.nn.Architecture;
import org.uncrumple.nn.LayerSpec;
import org.uncrumple.nn.Network;

/**
 * Random damage to valid files — a character deleted, a line doubled, two lines swapped, a value
 * replaced by a random token, an indentation changed, the end cut off — only ever gives a valid
 * result or the project's own {@link SceneException}: never another exception, never a hang.
 */
class SceneMutationTest {
  /** Not a speed limit: a reader stuck in a loop fails the test instead of hanging the build. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  /** The kinds of damage. */
  enum Kind {
    DELETE_CHARACTER,
    DUPLICATE_LINE,
    SWAP_LINES,
    REPLACE_VALUE,
    CHANGE_INDENTATION,
    TRUNCATE
  }

  /** One edit; positions are taken modulo the text's length or line count. */
  record Edit(Kind kind, int first, int second, String token) {
    String applyTo(String text) {
      if (text.isEmpty()) {
        return text;
      }
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      int a = first % lines.size();
      int b = second % lines.size();
      switch (kind) {
        case DELETE_CHARACTER:
          {
            int at = first % text.length();
            return text.substring(0, at) + text.substring(at + 1);
          }
        case DUPLICATE_LINE:
          lines.add(a, lines.get(a));
          break;
        case SWAP_LINES:
          {
            String line = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, line);
            break;
          }
        case REPLACE_VALUE:
          {
            String line = lines.get(a);
            int colon = line.indexOf(": ");
            lines.set(a, colon < 0 ? line + token : line.substring(0, colon + 2) + token);
            break;
          }
        case CHANGE_INDENTATION:
          {
            String line = lines.get(a).stripLeading();
            lines.set(a, (second % 3 == 0 ? "\t" : " ".repeat(second % 7)) + line);
            break;
          }
        case TRUNCATE:
          return text.substring(0, first % text.length());
        default:
          throw new IllegalStateException("unknown kind " + kind);
      }
      return String.join("\n", lines);
    }
  }

  /** A valid text and the edits made to it. */
  record Mutant(String original, List<Edit> edits) {
    String text() {
      String text = original;
      for (Edit edit : edits) {
        text = edit.applyTo(text);
      }
      return text;
    }

    @Override
    public String toString() {
      return edits
          + " applied to a text starting \""
          + original.lines().findFirst().orElse("")
          + "\"";
    }
  }

  private static final List<String> SCENES = validScenes();
  private static final List<String> MODELS = List.of(model());

  private static List<String> validScenes() {
    try (Stream<Path> files = Files.list(Path.of("scenes"))) {
      List<String> texts = new ArrayList<>();
      for (Path file :
          files
              .filter(file -> file.getFileName().toString().endsWith(".yaml"))
              .sorted()
              .collect(Collectors.toList())) {
        texts.add(Files.readString(file));
      }
      texts.add(
          String.join(
              "\n",
              "title: With weights",
              "dataset: {generator: blobs, classes: 3, points: 20}",
              "network:",
              "  hidden:",
              "    - {width: 2, activation: relu}",
              "training: {optimizer: sgd, momentum: 0.5, learning-rate: 0.1}",
              "view: {yaw: 10, pitch: -5, stage: layer1.squash, loop: true}",
              "classroom: {hide: [training-settings]}",
              "weights:",
              "  - {activation: relu, weights: [[1, 0, 0], [0, 1, 0]], bias: [0.5, -0.5]}",
              "  - {weights: [[1, 0], [0, 1], [1, 1]], bias: [0, 0, 0]}",
              ""));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String model() {
    Network network =
        Network.initialise(
            new Architecture(
                3,
                List.of(new LayerSpec(3, Activation.TANH), new LayerSpec(2, Activation.RELU)),
                2),
            5);
    return "{\"format\": \"uncrumple-model\", \"version\": 1, \"inputs\": 3,\n"
        + " \"classes\": [\"sheet A\", \"sheet B\"],\n \"layers\": "
        + ModelFile.layers(network).toPrettyString()
        + "\n}\n";
  }

  @Property(tries = 300)
  void aDamagedSceneGivesASceneOrASceneException(@ForAll("damagedScenes") Mutant mutant) {
    String text = mutant.text();

    assertTimeoutPreemptively(HANG_GUARD, () -> readScene(text));
  }

  @Property(tries = 200)
  void aDamagedModelGivesAModelOrASceneException(@ForAll("damagedModels") Mutant mutant) {
    String text = mutant.text();

    assertTimeoutPreemptively(HANG_GUARD, () -> readModel(text));
  }

  private static void readScene(String text) {
    try {
      SceneReader.parse(Path.of("mutant.yaml"), text);
    } catch (SceneException expected) {
      // the project's own error: what a damaged file may give
    }
  }

  private static void readModel(String text) {
    try {
      ModelFile.parse("mutant.json", text);
    } catch (SceneException expected) {
      // the project's own error: what a damaged file may give
    }
  }

  @Provide
  Arbitrary<Mutant> damagedScenes() {
    return mutants(SCENES);
  }

  @Provide
  Arbitrary<Mutant> damagedModels() {
    return mutants(MODELS);
  }

  private static Arbitrary<Mutant> mutants(List<String> originals) {
    Arbitrary<Edit> edits =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 1_000_000),
                tokens())
            .as(Edit::new);
    return Combinators.combine(Arbitraries.of(originals), edits.list().ofMinSize(1).ofMaxSize(3))
        .as(Mutant::new);
  }

  private static Arbitrary<String> tokens() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "",
            "~",
            "null",
            "true",
            "-1",
            "0",
            "1e999",
            "-1e999",
            ".nan",
            ".inf",
            "NaN",
            "Infinity",
            "99999999999999999999999",
            "0x1F",
            "1_000",
            "[",
            "]",
            "{",
            "}",
            "[]",
            "{}",
            "*a",
            "&a x",
            "!!binary aGk=",
            "!!java.io.File x",
            "'",
            "\"",
            "\"\\u0000\"",
            ": :",
            "- x",
            "? x",
            "|",
            ">",
            "#",
            "%YAML 1.1",
            "---",
            "...",
            "layer9.squash",
            "relu",
            "{width: 1025}",
            "[[1, 2], [3]]",
            "\u00e9\u4e2d\ud83d\ude00",
            "\t"),
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.doubles().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf));
  }
}
