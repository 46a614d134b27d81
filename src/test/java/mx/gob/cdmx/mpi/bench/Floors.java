package mx.gob.cdmx.mpi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import mx.gob.cdmx.mpi.io.PlanReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floors the benchmark compares {@code mpi} with, each run in its own JVM like {@code mpi}
 * itself: {@code parse FILE} (a bare Commons CSV parse), {@code hand PLAN FILE} (a regex-free hand
 * validator of the garbage file's mistakes) and {@code plan FILE} (the time to load a plan, cold:
 * the first load in a fresh JVM; printed as wall ms, then the CPU ms of the loading thread, which a
 * busy machine does not inflate).
 */
public final class Floors {
  private Floors() {}

  /** Keeps results alive so the JIT cannot drop the work. */
  private static volatile long sink;

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "parse" -> sink = parse(Path.of(args[1]));
      case "hand" -> sink = hand(Path.of(args[1]), Path.of(args[2]));
      case "plan" -> {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        var read = PlanReader.read(Path.of(args[1]));
        double ms = (System.nanoTime() - t) / 1e6;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        sink = read.plan() == null ? -1 : read.plan().indicators().size();
        System.out.printf(Locale.ROOT, "%.1f %.1f %d%n", ms, cpuMs, sink);
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.exit(sink < 0 ? 1 : 0);
  }

  /** Reads every record and touches every field, nothing else. */
  static long parse(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
      long n = 0;
      for (CSVRecord rec : p) {
        for (int i = 0; i < rec.size(); i++) {
          n += rec.get(i).length();
        }
      }
      return n;
    }
  }

  /**
   * A hand validator for files of four plain columns (indicador, periodo, valor, nota; no quotes):
   * known indicator, period {@code YYYY-MM}/{@code YYYY-Xn} of 2024 or 2025, value a non-negative
   * whole number; counts the rows with at least one error. What a careful person would write with
   * no library, the least work a validator of these rows can do.
   */
  static long hand(Path plan, Path file) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8)) {
      if (line.startsWith("  - id: \"") && line.indexOf('.') > 0) {
        ids.add(line.substring(9, line.length() - 1));
      }
    }
    long bad = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        int a = line.indexOf(',');
        int b = line.indexOf(',', a + 1);
        int c = line.indexOf(',', b + 1);
        boolean ok = ids.contains(line.substring(0, a));
        ok &= period(line, a + 1, b);
        ok &= wholeNumber(line, b + 1, c < 0 ? line.length() : c);
        if (!ok) {
          bad++;
        }
      }
    }
    return bad;
  }

  private static boolean period(String s, int from, int to) {
    if (to - from != 7 || s.charAt(from + 4) != '-') {
      return false;
    }
    int year = 0;
    for (int i = from; i < from + 4; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      year = year * 10 + c - '0';
    }
    char k = s.charAt(from + 5);
    char d = s.charAt(from + 6);
    return (year == 2024 || year == 2025)
        && (k == '0' || k == '1' || k == 'Q' || k == 'B' || k == 'S')
        && d >= '0'
        && d <= '9';
  }

  private static boolean wholeNumber(String s, int from, int to) {
    if (from == to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
