package mx.gob.cdmx.mpi.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A reader that passes characters through to the CSV parser while remembering where lines break and
 * the text of the current record, so that a record's character offset can be turned into a line and
 * each field into a line and column. It holds only the text from the oldest record not yet released
 * (plus the parser's read-ahead), never the whole file.
 */
final class TrackingReader extends Reader {

  /** Text kept beyond this many characters is dropped (only a pathological record gets here). */
  static final int LIMIT = 1 << 20;

  /** Released text is dropped in blocks of at least this many characters, not record by record. */
  private static final int COMPACT = 1 << 16;

  private final Reader in;

  /**
   * The kept text, {@code length} characters (a plain array, not a StringBuilder: the field
   * positions of every record are read from it one character at a time).
   */
  private char[] text = new char[1 << 12];

  private int length;

  /** Absolute offset of {@code text[0]}. */
  private long textStart;

  /** True when characters after {@code textStart + length} were read but not kept. */
  private boolean truncated;

  /** Absolute offset of the next character to be read. */
  private long read;

  private boolean lastWasCr;

  /** Offsets of line breaks at or after {@code released}, in order (a queue). */
  private long[] breaks = new long[256];

  private int head;
  private int tail;

  /** Line breaks before the release point: offset {@code released} is on line linesBefore + 1. */
  private int linesBefore;

  private long released;

  TrackingReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    if (n <= 0) {
      return n;
    }
    for (int i = 0; i < n; i++) {
      char c = buf[off + i];
      long pos = read + i;
      if (c == '\r' || (c == '\n' && !lastWasCr)) {
        pushBreak(pos);
      }
      lastWasCr = c == '\r';
    }
    if (!truncated) {
      int room = LIMIT - length;
      if (n <= room) {
        keep(buf, off, n);
      } else {
        keep(buf, off, Math.max(0, room));
        truncated = true;
      }
    }
    read += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Releases everything before {@code offset} (the start of the record being handled); offsets
   * passed later must not be smaller.
   */
  void release(long offset) {
    while (head < tail && breaks[head] < offset) {
      head++;
      linesBefore++;
    }
    released = Math.max(released, offset);
    if (truncated) {
      length = 0;
      textStart = read;
      truncated = false;
    } else if (offset - textStart > COMPACT) {
      int drop = (int) Math.min(length, offset - textStart);
      System.arraycopy(text, drop, text, 0, length - drop);
      length -= drop;
      textStart += drop;
    }
    if (head > 1024 && head * 2 > tail) {
      breaks = Arrays.copyOfRange(breaks, head, Math.max(tail, head + 256));
      tail -= head;
      head = 0;
    }
  }

  /** The 1-based line of {@code offset}, which must not be before the release point. */
  int lineOf(long offset) {
    int line = linesBefore + 1;
    for (int i = head; i < tail && breaks[i] < offset; i++) {
      line++;
    }
    return line;
  }

  /** The absolute offset of the first kept character. */
  long keptStart() {
    return textStart;
  }

  /** The absolute offset just after the last kept character. */
  long keptEnd() {
    return textStart + length;
  }

  /** The kept character at absolute {@code offset} (between keptStart and keptEnd). */
  char charAt(long offset) {
    int i = (int) (offset - textStart);
    if (i < 0 || i >= length) {
      throw new IndexOutOfBoundsException(i);
    }
    return text[i];
  }

  /** True when the kept text ends before what was read (the rest was dropped). */
  boolean isTruncated() {
    return truncated;
  }

  private void keep(char[] buf, int off, int n) {
    if (length + n > text.length) {
      text = Arrays.copyOf(text, Math.max(length + n, text.length * 2));
    }
    System.arraycopy(buf, off, text, length, n);
    length += n;
  }

  private void pushBreak(long pos) {
    if (tail == breaks.length) {
      breaks = Arrays.copyOf(breaks, breaks.length * 2);
    }
    breaks[tail++] = pos;
  }
}
