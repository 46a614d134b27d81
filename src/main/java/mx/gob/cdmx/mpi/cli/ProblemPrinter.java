package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.validate.Problem;

/** Prints problems as {@code file:line:col: error: message}, with the source line and a caret. */
final class ProblemPrinter {
  private ProblemPrinter() {}

  static void print(PrintWriter w, List<Problem> problems) {
    Map<String, List<String>> cache = new HashMap<>();
    for (Problem p : problems) {
      w.println(p.format());
      if (p.line() > 0) {
        List<String> lines = cache.computeIfAbsent(p.file(), ProblemPrinter::lines);
        if (p.line() <= lines.size()) {
          String line = lines.get(p.line() - 1);
          if (line.length() <= 200) {
            w.println("    " + line);
            if (p.column() > 0 && p.column() <= line.length() + 1) {
              w.println("    " + " ".repeat(p.column() - 1) + "^");
            }
          }
        }
      }
    }
  }

  private static List<String> lines(String file) {
    try {
      Path path = Path.of(file);
      if (Files.isRegularFile(path) && Files.size(path) < 20_000_000) {
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return List.of();
  }
}
