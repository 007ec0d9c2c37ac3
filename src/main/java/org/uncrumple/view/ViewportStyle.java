package org.uncrumple.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The CSS properties of the {@link Viewport} that the 3D scene cannot take from a stylesheet by
 * itself: {@code -uc-scene-fill}, the background of the 3D view (also what snapshots show), and
 * {@code -uc-guide-color}, the colour of the bounding cube, and {@code -uc-label-color}, the colour
 * of the axis names ({@link AxisLabels}). Their values live in {@code viewport.css} as named colour
 * tokens.
 */
final class ViewportStyle {
  static final CssMetaData<Viewport, Paint> SCENE_FILL =
      new CssMetaData<>("-uc-scene-fill", StyleConverter.getPaintConverter(), Color.WHITE) {
        @Override
        public boolean isSettable(Viewport viewport) {
          return !viewport.sceneFillProperty().isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(Viewport viewport) {
          return viewport.sceneFillProperty();
        }
      };

  static final CssMetaData<Viewport, Color> GUIDE_COLOUR =
      new CssMetaData<>("-uc-guide-color", StyleConverter.getColorConverter(), Color.GRAY) {
        @Override
        public boolean isSettable(Viewport viewport) {
          return !viewport.guideColourProperty().isBound();
        }

        @Override
        public StyleableProperty<Color> getStyleableProperty(Viewport viewport) {
          return viewport.guideColourProperty();
        }
      };

  static final CssMetaData<Viewport, Color> LABEL_COLOUR =
      new CssMetaData<>("-uc-label-color", StyleConverter.getColorConverter(), Color.GRAY) {
        @Override
        public boolean isSettable(Viewport viewport) {
          return !viewport.labelColourProperty().isBound();
        }

        @Override
        public StyleableProperty<Color> getStyleableProperty(Viewport viewport) {
          return viewport.labelColourProperty();
        }
      };

  static final List<CssMetaData<? extends Styleable, ?>> ALL = all();

  private ViewportStyle() {}

  private static List<CssMetaData<? extends Styleable, ?>> all() {
    List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>(Region.getClassCssMetaData());
    list.add(SCENE_FILL);
    list.add(GUIDE_COLOUR);
    list.add(LABEL_COLOUR);
    return Collections.unmodifiableList(list);
  }
}
