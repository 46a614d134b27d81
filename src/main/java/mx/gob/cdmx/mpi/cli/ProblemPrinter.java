package mx.gob.cdmx.mpi.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.diagnostics.Shown;
import mx.gob.cdmx.mpi.io.Utf8Text;

/**
 * Prints problems as {@code file:line:col: error: message}, with the source line and a caret. Only
 * the lines quoted are read (a file is streamed once, up to its last quoted line); a line that
 * holds personal data is never quoted.
 */
final class ProblemPrinter {
  private ProblemPrinter() {}

  /** Lines longer than this are not quoted. */
  private static final int MAX_QUOTED = 200;

  private static final String PERSONAL_DATA = "personal-data";

  static void print(PrintWriter w, List<Problem> problems) {
    print(w, problems, Map.of());
  }

  /**
   * Prints {@code problems}, quoting lines from {@code sources} for the files named there (standard
   * input, named {@code -}, is read from its temporary copy) and from the named path otherwise.
   */
  static void print(PrintWriter w, List<Problem> problems, Map<String, Path> sources) {
    Set<String> hidden = new HashSet<>();
    Map<String, Set<Integer>> wanted = new HashMap<>();
    for (Problem p : problems) {
      if (p.code().equals(PERSONAL_DATA)) {
        hidden.add(p.file() + ":" + p.line());
      }
    }
    for (Problem p : problems) {
      if (p.line() > 0 && p.sheet() == null && !hidden.contains(p.file() + ":" + p.line())) {
        wanted.computeIfAbsent(p.file(), f -> new HashSet<>()).add(p.line());
      }
    }
    Map<String, Map<Integer, String>> quoted = new HashMap<>();
    wanted.forEach((file, lines) -> quoted.put(file, lines(source(file, sources), lines)));
    for (Problem p : problems) {
      w.println(p.format());
      String line =
          p.sheet() == null ? quoted.getOrDefault(p.file(), Map.of()).get(p.line()) : null;
      if (line != null && !hidden.contains(p.file() + ":" + p.line())) {
        w.println("    " + Shown.escaped(line));
        if (p.column() > 0 && p.column() <= line.length() + 1) {
          int caret = Shown.escaped(line.substring(0, p.column() - 1)).length();
          w.println("    " + " ".repeat(caret) + "^");
        }
      }
    }
  }

  /**
   * Where the lines of {@code file} are read; null when its name cannot be a path in this locale (a
   * folder's file with an accent under {@code LC_ALL=C}): the problem is then printed unquoted.
   */
  private static Path source(String file, Map<String, Path> sources) {
    Path known = sources.get(file);
    if (known != null) {
      return known;
    }
    try {
      return Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /** The wanted lines of a file (CR, LF and CRLF end a line), each decoded on its own. */
  private static Map<Integer, String> lines(Path path, Set<Integer> wanted) {
    Map<Integer, String> out = new HashMap<>();
    if (path == null || !Files.isRegularFile(path)) {
      return out;
    }
    int last = Collections.max(wanted);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean tooLong = false;
      boolean afterCr = false;
      int number = 1;
      int b;
      while (number <= last && (b = in.read()) != -1) {
        if (afterCr && b == '\n') {
          afterCr = false;
          continue;
        }
        afterCr = b == '\r';
        if (b == '\r' || b == '\n') {
          if (wanted.contains(number) && !tooLong) {
            out.put(number, decode(line.toByteArray(), number == 1));
          }
          line.reset();
          tooLong = false;
          number++;
        } else if (wanted.contains(number)) {
          if (line.size() < 4 * MAX_QUOTED) {
            line.write(b);
          } else {
            tooLong = true;
          }
        }
      }
      if (number <= last && wanted.contains(number) && !tooLong && line.size() > 0) {
        out.put(number, decode(line.toByteArray(), number == 1));
      }
    } catch (IOException e) {
      return out;
    }
    out.values().removeIf(l -> l.length() > MAX_QUOTED);
    return out;
  }

  /** UTF-8 (without its byte-order mark) when valid, else Windows-1252. */
  private static String decode(byte[] bytes, boolean first) {
    try {
      return Utf8Text.decodeStrict(bytes, first);
    } catch (CharacterCodingException e) {
      int offset = first && Utf8Text.hasBom(bytes, bytes.length) ? 3 : 0;
      return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
    }
  }
}
