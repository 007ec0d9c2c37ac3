package org.uncrumple.data;

/**
 * Watches a long read of a CSV file and may stop it. The reader calls both methods on its own
 * thread (the caller's), every few thousand rows or every 64 KB, so an implementation must be cheap
 * and safe to call from that thread; a window hands the figures to its own thread itself.
 *
 * <p>A file is read in two passes (see {@link CsvImport}): first its lines are counted, to hold the
 * numbers in one array of the right size; then they are parsed. Each pass reports the bytes it has
 * read of the file's size.
 */
public interface ReadProgress {
  /** Reports nothing and never cancels. */
  ReadProgress NONE =
      new ReadProgress() {
        @Override
        public void update(Pass pass, long rows, long bytes, long fileBytes) {}

        @Override
        public boolean cancelled() {
          return false;
        }
      };

  /** The two passes over a file. */
  enum Pass {
    /** Counting the lines and checking their length. */
    COUNTING,
    /** Parsing the rows into numbers. */
    READING
  }

  /**
   * How far the reading is.
   *
   * @param pass which pass over the file
   * @param rows data rows counted (first pass) or parsed (second pass) so far
   * @param bytes bytes of the file read so far in this pass
   * @param fileBytes the file's size in bytes when the reading began
   */
  void update(Pass pass, long rows, long bytes, long fileBytes);

  /**
   * Whether the reading should stop; when true the reader throws {@link ReadCancelledException}.
   *
   * @return true to stop
   */
  boolean cancelled();
}
