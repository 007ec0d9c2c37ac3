package org.uncrumple.testing;

import java.util.HashMap;
import java.util.Map;
import org.uncrumple.app.App;
import org.uncrumple.scene.DatasetSpec;
import org.uncrumple.scene.LoadedScene;
import org.uncrumple.scene.SceneException;
import org.uncrumple.scene.SceneReader;
import org.uncrumple.scene.SceneSpec;

/** Scenes small enough for window tests: quick to load, trace and lay out. */
public final class SmallScenes {
  private SmallScenes() {}

  /** The bundled paper ball with 200 points a sheet, paused. */
  public static LoadedScene paperBall() throws SceneException {
    SceneSpec bundled = SceneReader.readBundled(App.DEFAULT_SCENE);
    Map<String, Number> parameters = new HashMap<>(bundled.dataset().parameters());
    parameters.put("points", 200);
    return LoadedScene.load(
        SceneSpec.of(
            bundled.title(),
            bundled.description(),
            DatasetSpec.generated(bundled.dataset().generator(), parameters),
            bundled.hidden(),
            bundled.training(),
            bundled.steps(),
            false));
  }

  /** The bundled handwritten digits (1,797 points of 64 pixels), paused. */
  public static LoadedScene digits() throws SceneException {
    return LoadedScene.load(SceneReader.readBundled("digits.yaml").withRunning(false));
  }
}
