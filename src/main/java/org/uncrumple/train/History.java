package org.uncrumple.train;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded record of snapshots over the whole of training, for the training timeline.
 *
 * <p>Snapshots are kept at least {@code stride} steps apart. When the record is full, every second
 * snapshot is dropped and the stride doubles, so the record always spans from the first step to the
 * newest with evenly spread moments, in bounded memory.
 *
 * <p>Written by the trainer thread (and by the test-figure worker, which replaces snapshots with
 * measured copies), read by any thread; all methods synchronise on this object.
 */
public final class History {
  private final int capacity;
  private final List<Snapshot> snapshots = new ArrayList<>();
  private long stride = 1;

  public History(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("a history needs room for at least 2 snapshots");
    }
    this.capacity = capacity;
  }

  /** Records the snapshot if it lies far enough from the newest one kept. */
  public synchronized void offer(Snapshot snapshot) {
    if (!snapshots.isEmpty()) {
      Snapshot newest = snapshots.get(snapshots.size() - 1);
      if (snapshot.step() < newest.step()) {
        // Training went back (a divergence restored older weights): forget the lost future.
        snapshots.removeIf(s -> s.step() > snapshot.step());
      } else if (snapshot.step() - newest.step() < stride) {
        return;
      }
    }
    snapshots.add(snapshot);
    if (snapshots.size() > capacity) {
      thin();
    }
  }

  private void thin() {
    List<Snapshot> kept = new ArrayList<>(capacity);
    for (int i = 0; i < snapshots.size(); i += 2) {
      kept.add(snapshots.get(i));
    }
    snapshots.clear();
    snapshots.addAll(kept);
    stride *= 2;
  }

  /**
   * Puts {@code newer} in the place of {@code older} if that very snapshot is still kept, for
   * example the same weights once their test figures are measured.
   */
  synchronized void replace(Snapshot older, Snapshot newer) {
    for (int i = snapshots.size() - 1; i >= 0; i--) {
      if (snapshots.get(i) == older) {
        snapshots.set(i, newer);
        return;
      }
    }
  }

  /** The snapshots kept, oldest first. */
  public synchronized List<Snapshot> snapshots() {
    return List.copyOf(snapshots);
  }

  public synchronized int size() {
    return snapshots.size();
  }

  synchronized void clear() {
    snapshots.clear();
    stride = 1;
  }
}
