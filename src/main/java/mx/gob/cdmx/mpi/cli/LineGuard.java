package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * The last line of defence against forged CI commands: no line of the tool's text output may begin
 * (after spaces) with {@code ::} (GitHub Actions workflow commands) or {@code ##[} / {@code ##vso[}
 * (older runners); such a line gets a backslash in front, so it is shown, not executed. Only {@code
 * validate --format github} writes real annotations, and only those it builds itself pass
 * (docs/seguridad.md).
 */
final class LineGuard extends Writer {

  /** How much of a line's start is held back to decide (the longest allowed prefix fits). */
  private static final int HEAD = 16;

  private static final String[] ANNOTATIONS = {
    "::error file=", "::warning file=", "::notice file=", "::notice title="
  };

  private final Writer out;
  private final StringBuilder head = new StringBuilder();
  private boolean inHead = true;
  private boolean annotations;

  LineGuard(Writer out) {
    this.out = out;
  }

  /** Lets through the annotation lines of {@code --format github}. */
  void allowAnnotations() {
    annotations = true;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int end = off + len;
    int i = off;
    while (i < end) {
      if (!inHead) {
        int nl = i;
        while (nl < end && cbuf[nl] != '\n' && cbuf[nl] != '\r') {
          nl++;
        }
        if (nl == end) {
          out.write(cbuf, i, end - i);
          return;
        }
        out.write(cbuf, i, nl + 1 - i);
        inHead = true;
        i = nl + 1;
        continue;
      }
      char c = cbuf[i++];
      head.append(c);
      if (c == '\n' || c == '\r') {
        out.write(head.toString());
        head.setLength(0);
      } else if (decided()) {
        release();
      }
    }
  }

  /** Whether enough of the line's start is known to decide. */
  private boolean decided() {
    String t = stripped();
    if (t.isEmpty()) {
      return false;
    }
    if (!(t.startsWith(":") || t.startsWith("#"))) {
      return true;
    }
    return t.length() >= HEAD;
  }

  private String stripped() {
    int i = 0;
    while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '\t')) {
      i++;
    }
    return head.substring(i);
  }

  private void release() throws IOException {
    String t = stripped();
    String indent = head.substring(0, head.length() - t.length());
    if (dangerous(t)) {
      out.write(indent + "\\" + t);
    } else {
      out.write(head.toString());
    }
    head.setLength(0);
    inHead = false;
  }

  private boolean dangerous(String t) {
    if (t.startsWith("##[") || t.startsWith("##vso[")) {
      return true;
    }
    if (!t.startsWith("::")) {
      return false;
    }
    if (annotations) {
      for (String a : ANNOTATIONS) {
        if (t.startsWith(a)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public void flush() throws IOException {
    String t = stripped();
    if (!t.isEmpty() && !t.startsWith(":") && !t.startsWith("#")) {
      release();
    }
    out.flush();
  }

  /** Writes out a last line without its end, deciding on what there is. */
  void finish() throws IOException {
    if (head.length() > 0) {
      release();
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
