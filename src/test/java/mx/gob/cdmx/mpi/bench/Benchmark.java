package mx.gob.cdmx.mpi.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * {@code bench/run}: every performance figure of {@code docs/rendimiento.md} from one command, each
 * as a ratio to a floor measured in the same run (so figures compare across machines): start-up
 * against a picocli hello-world jar built here from a tiny source with the same picocli; throughput
 * against a bare Commons CSV parse of the same file; the garbage file against a hand validator;
 * peak memory (resident set, from GNU time) of every run. Every program runs in its own JVM, runs
 * of the compared programs alternate, and the figure is the median of the rounds. It is not a unit
 * test and asserts nothing; it prints, at the end, which targets hold in this run.
 *
 * <p>Arguments: {@code --quick} for smaller sizes (about a minute or two); {@code --rounds N}.
 */
public final class Benchmark {

  private static final String HELLO =
      """
      import picocli.CommandLine;
      import picocli.CommandLine.Command;
      @Command(name = "hola", mixinStandardHelpOptions = true, version = "hola 1.0")
      public class Hola implements Runnable {
        public void run() { System.out.println("hola"); }
        public static void main(String[] args) {
          System.exit(new CommandLine(new Hola()).execute(args));
        }
      }
      """;

  private final Path root;
  private final Path tmp;
  private final boolean quick;
  private final int rounds;
  private final String java;
  private final String classpath;
  private final boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
  private final List<String> verdicts = new ArrayList<>();

  private Benchmark(Path root, Path tmp, boolean quick, int rounds, String classpath) {
    this.root = root;
    this.tmp = tmp;
    this.quick = quick;
    this.rounds = rounds;
    this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    this.classpath = classpath;
  }

  public static void main(String[] args) throws Exception {
    List<String> a = Arrays.asList(args);
    boolean quick = a.contains("--quick");
    int rounds = quick ? 3 : 5;
    int r = a.indexOf("--rounds");
    if (r >= 0) {
      rounds = Integer.parseInt(a.get(r + 1));
    }
    Path root = Path.of("").toAbsolutePath();
    Path tmp = Files.createTempDirectory("mpi-bench");
    try {
      new Benchmark(root, tmp, quick, rounds, System.getProperty("java.class.path")).run();
    } finally {
      deleteTree(tmp);
    }
  }

  private void run() throws Exception {
    System.out.printf(
        Locale.ROOT,
        "mpi bench/run%s — %d núcleos, Java %s, %d rondas alternadas; cifras: mediana de las"
            + " rondas; razón = tiempo / tiempo del piso medido en esta misma corrida%n",
        quick ? " --quick" : "",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        rounds);
    startUp();
    int aInd = 2_000;
    int aVars = quick ? 3 : 21;
    int bInd = 10_000;
    int bVars = quick ? 4 : 42;
    Path planA = tmp.resolve("plan-2000.yaml");
    Path planB = tmp.resolve("plan-10000.yaml");
    Generate.plan(planA, aInd, aVars, 2000);
    Generate.plan(planB, bInd, bVars, 10000);
    planLoad(planA, planB);
    Path dataA = tmp.resolve("datos-2000.csv");
    long rowsA = Generate.validData(dataA, aInd, aVars, 1);
    throughput("plan 2000 ind.", planA, dataA, rowsA, true);
    Files.delete(dataA);
    Path dataB = tmp.resolve("datos-10000.csv");
    long rowsB = Generate.validData(dataB, bInd, bVars, 2);
    throughput("plan 10000 ind.", planB, dataB, rowsB, false);
    evaluateBig(planB, dataB, rowsB);
    Files.delete(dataB);
    garbage(quick ? 200_000 : 1_000_000);
    nationalReports(planB, bInd);
    System.out.println();
    System.out.println("Metas (razones de esta corrida):");
    verdicts.forEach(v -> System.out.println("  " + v));
  }

  // ------------------------------------------------------------------ start-up

  private void startUp() throws Exception {
    Path hello = helloJar();
    Path examples = root.resolve("examples");
    String ex = examples.toString();
    Map<String, List<String>> cases = new LinkedHashMap<>();
    cases.put("--version", List.of("--version"));
    cases.put("validate examples/", List.of("validate", ex));
    cases.put("evaluate --period 2025-Q2", List.of("evaluate", "--period", "2025-Q2", ex));
    cases.put(
        "report PDF 2025-Q2",
        List.of(
            "report",
            "--period",
            "2025-Q2",
            "--date",
            "2025-06-26",
            "-o",
            tmp.resolve("informe.pdf").toString(),
            ex));
    cases.put(
        "report Markdown 2025-Q2",
        List.of(
            "report",
            "--period",
            "2025-Q2",
            "--format",
            "md",
            "--date",
            "2025-06-26",
            "-o",
            tmp.resolve("informe.md").toString(),
            ex));
    cases.put(
        "packet 2025-Q2",
        List.of(
            "packet",
            "--period",
            "2025-Q2",
            "--date",
            "2025-06-26",
            "-o",
            tmp.resolve("carpeta.pdf").toString(),
            ex));
    List<String> launcher = List.of(root.resolve("mpi").toString());
    List<String> bare = List.of(java, "-jar", root.resolve("target/mpi.jar").toString());
    // Warm the file cache and let the launcher build the jar if it must.
    run(launcher, List.of("--version"), Map.of(), 0);
    run(List.of(java, "-jar", hello.toString()), List.of("--version"), Map.of(), 0);
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      add(
          times,
          "hola",
          run(List.of(java, "-jar", hello.toString()), List.of("--version"), Map.of(), 0));
      for (var c : cases.entrySet()) {
        add(times, "L " + c.getKey(), run(launcher, c.getValue(), Map.of(), 0));
        add(times, "B " + c.getKey(), run(bare, c.getValue(), Map.of(), 0));
      }
    }
    double floor = median(times.get("hola"));
    double floorCpu = cpuOf(times, "hola");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Arranque — piso: jar «hola mundo» de picocli (java -jar hola.jar --version): %.0f ms de"
            + " reloj, %.0f ms de CPU%n",
        floor,
        floorCpu);
    System.out.printf(
        Locale.ROOT,
        "  %-26s %9s %7s %8s %7s %12s %7s %8s%n",
        "comando",
        "./mpi ms",
        "razón",
        "CPU ms",
        "razón",
        "java -jar ms",
        "razón",
        "MB pico");
    for (var c : cases.keySet()) {
      double l = median(times.get("L " + c));
      double lc = cpuOf(times, "L " + c);
      double b = median(times.get("B " + c));
      System.out.printf(
          Locale.ROOT,
          "  %-26s %9.0f %6.2f× %8.0f %6.2f× %12.0f %6.2f× %8s%n",
          c,
          l,
          l / floor,
          lc,
          lc / floorCpu,
          b,
          b / floor,
          peakOf(times, "L " + c));
    }
    startVerdict(times, "validate examples/", "validate examples/", floor, floorCpu, 1.5);
    startVerdict(times, "report PDF 2025-Q2", "report PDF", floor, floorCpu, 2.5);
    startVerdict(times, "packet 2025-Q2", "packet", floor, floorCpu, 3.0);
  }

  private void startVerdict(
      Map<String, List<Double>> times,
      String key,
      String label,
      double floor,
      double floorCpu,
      double limit) {
    double wall = median(times.get("L " + key)) / floor;
    double cpuRatio = cpuOf(times, "L " + key) / floorCpu;
    verdict(
        String.format(Locale.ROOT, "%s ≤ %.1f× hola (razón de CPU: %.2f×)", label, limit, cpuRatio),
        wall,
        limit);
  }

  /** A picocli hello-world, compiled here and shaded with the same picocli jar as mpi's. */
  private Path helloJar() throws IOException {
    Path src = tmp.resolve("hola/Hola.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, HELLO);
    String picocli =
        Stream.of(classpath.split(File.pathSeparator))
            .filter(p -> p.contains("picocli"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("picocli not on the class path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc =
        javac.run(
            null, null, null, "-cp", picocli, "-d", src.getParent().toString(), src.toString());
    if (rc != 0) {
      throw new IllegalStateException("javac failed for the hello jar");
    }
    Path jar = tmp.resolve("hola.jar");
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hola");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
      try (Stream<Path> classes = Files.list(src.getParent())) {
        for (Path c : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
          out.putNextEntry(new JarEntry(c.getFileName().toString()));
          Files.copy(c, out);
          out.closeEntry();
        }
      }
      try (JarInputStream in = new JarInputStream(Files.newInputStream(Path.of(picocli)))) {
        for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
          if (e.getName().startsWith("META-INF/")) {
            continue;
          }
          out.putNextEntry(new JarEntry(e.getName()));
          in.transferTo(out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  // ------------------------------------------------------------------ plan load

  private void planLoad(Path planA, Path planB) throws Exception {
    Map<String, Path> plans = new LinkedHashMap<>();
    plans.put("plan 2025 (26 ind.)", root.resolve("plan-2025.yaml"));
    plans.put("plan 2000 ind.", planA);
    plans.put("plan 10000 ind.", planB);
    Map<String, List<Double>> inside = new LinkedHashMap<>();
    Map<String, List<Double>> insideCpu = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (var p : plans.entrySet()) {
        Path out = tmp.resolve("plan.out");
        run(floor("plan", p.getValue().toString()), List.of(), Map.of(), 0, out);
        String[] printed = Files.readString(out).strip().split(" ");
        add(inside, p.getKey(), Double.parseDouble(printed[0]));
        insideCpu
            .computeIfAbsent(p.getKey(), k -> new ArrayList<>())
            .add(Double.parseDouble(printed[1]));
      }
    }
    System.out.println();
    System.out.println(
        "Carga del plan (en frío: primera lectura en una JVM nueva, sin arranque; CPU: la del hilo"
            + " que lee):");
    for (var p : plans.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "  %-28s %8.1f MB %10.0f ms %10.0f ms CPU%n",
          p.getKey(),
          Files.size(p.getValue()) / 1e6,
          median(inside.get(p.getKey())),
          median(insideCpu.get(p.getKey())));
    }
    verdict(
        String.format(
            Locale.ROOT,
            "plan de 10000 indicadores carga en < 1 s (CPU del hilo: %.2f s)",
            median(insideCpu.get("plan 10000 ind.")) / 1000),
        median(inside.get("plan 10000 ind.")) / 1000,
        1.0);
  }

  // ------------------------------------------------------------------ throughput

  private void throughput(String label, Path plan, Path data, long rows, boolean evaluate)
      throws Exception {
    List<String> launcher = List.of(root.resolve("mpi").toString(), "--plan", plan.toString());
    List<String> validate = List.of("validate", data.toString());
    List<String> eval = List.of("evaluate", "--period", "2025", "--format", "csv", data.toString());
    Map<String, List<Double>> t = new LinkedHashMap<>();
    int n = Math.max(1, rows > 5_000_000 ? rounds / 2 : rounds);
    for (int r = 0; r < n; r++) {
      add(t, "parse", run(floor("parse", data.toString()), List.of(), Map.of(), 0));
      add(t, "validate", run(launcher, validate, Map.of(), 0));
      if (evaluate) {
        add(t, "evaluate", run(launcher, eval, Map.of(), 0));
      }
    }
    double floor = median(t.get("parse"));
    double floorCpu = cpuOf(t, "parse");
    double v = median(t.get("validate"));
    double vCpu = cpuOf(t, "validate");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Rendimiento — %s, %,d filas válidas mensuales (%.0f MB), %d rondas:%n",
        label,
        rows,
        Files.size(data) / 1e6,
        n);
    header();
    line(
        "piso: Commons CSV, sólo leer", floor, floorCpu, rows, floor, floorCpu, peakOf(t, "parse"));
    line("validate", v, vCpu, rows, floor, floorCpu, peakOf(t, "validate"));
    verdict(
        String.format(
            Locale.ROOT,
            "validate ≥ 0.5× filas/s del piso (%s, %d filas; razón de CPU %.2f×)",
            label,
            rows,
            vCpu / floorCpu),
        v / floor,
        2.0);
    if (evaluate) {
      double e = median(t.get("evaluate"));
      double eCpu = cpuOf(t, "evaluate");
      line("evaluate --period 2025", e, eCpu, rows, floor, floorCpu, peakOf(t, "evaluate"));
      System.out.printf(
          Locale.ROOT, "  evaluate / validate: %.2f× de reloj, %.2f× de CPU%n", e / v, eCpu / vCpu);
      verdict(
          String.format(
              Locale.ROOT,
              "evaluate --period 2025 ≤ 1.5× validate (%s; razón de CPU %.2f×)",
              label,
              eCpu / vCpu),
          e / v,
          1.5);
    }
    if (!evaluate) {
      Map<String, String> env = Map.of("MPI_JAVA_OPTS", "-Xmx512m");
      Path out = tmp.resolve("xmx.out");
      double ms = run(launcher, validate, env, -1, out);
      String peak = lastPeak;
      boolean ok = lastExit == 0;
      System.out.printf(
          Locale.ROOT,
          "  %-32s %9.0f ms %9.0f ms CPU %8s MB pico  %s%n",
          "validate con -Xmx512m",
          ms,
          lastCpu,
          peak,
          ok ? "terminó bien" : "FALLÓ (código " + lastExit + ")");
      verdict(rows + " filas con -Xmx512m", ok ? 0 : 1, 0);
    }
  }

  /** evaluate on the big file under the launcher's default heap, as a figure (no target). */
  private void evaluateBig(Path plan, Path data, long rows) throws Exception {
    List<String> launcher = List.of(root.resolve("mpi").toString(), "--plan", plan.toString());
    Path out = tmp.resolve("eval.out");
    double ms =
        run(
            launcher,
            List.of("evaluate", "--period", "2025", "--format", "csv", data.toString()),
            Map.of(),
            -1,
            out,
            300);
    System.out.printf(
        Locale.ROOT,
        "  %-32s %9.0f ms %9.0f ms CPU %8s MB pico  %s%n",
        "evaluate --period 2025 (" + rows + " filas)",
        ms,
        lastCpu,
        lastPeak,
        ms < 0 ? "NO TERMINÓ en 300 s (se detuvo)" : "código " + lastExit);
  }

  private static void header() {
    System.out.printf(
        Locale.ROOT,
        "  %-32s %9s %12s %7s %9s %7s %8s%n",
        "",
        "ms",
        "filas/s",
        "razón",
        "CPU ms",
        "razón",
        "MB pico");
  }

  private static void line(
      String what, double ms, double cpuMs, long rows, double floor, double floorCpu, String peak) {
    System.out.printf(
        Locale.ROOT,
        "  %-32s %9.0f %12.0f %6.2f× %9.0f %6.2f× %8s%n",
        what,
        ms,
        rows / ms * 1000,
        ms / floor,
        cpuMs,
        cpuMs / floorCpu,
        peak);
  }

  // ------------------------------------------------------------------ garbage

  private void garbage(int rows) throws Exception {
    Path file = tmp.resolve("basura.csv");
    Generate.garbage(file, rows, 7);
    Path plan = root.resolve("plan-2025.yaml");
    List<String> launcher = List.of(root.resolve("mpi").toString());
    Map<String, List<Double>> t = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      add(t, "parse", run(floor("parse", file.toString()), List.of(), Map.of(), 0));
      add(t, "hand", run(floor("hand", plan.toString(), file.toString()), List.of(), Map.of(), 0));
      add(t, "validate", run(launcher, List.of("validate", file.toString()), Map.of(), 1));
    }
    double hand = median(t.get("hand"));
    double handCpu = cpuOf(t, "hand");
    double v = median(t.get("validate"));
    double vCpu = cpuOf(t, "validate");
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Camino de error — %,d filas, todas con un error (%.0f MB), plan 2025; razón contra el"
            + " validador a mano:%n",
        rows,
        Files.size(file) / 1e6);
    header();
    line(
        "Commons CSV, sólo leer",
        median(t.get("parse")),
        cpuOf(t, "parse"),
        rows,
        hand,
        handCpu,
        peakOf(t, "parse"));
    line("piso: validador a mano", hand, handCpu, rows, hand, handCpu, peakOf(t, "hand"));
    line("validate", v, vCpu, rows, hand, handCpu, peakOf(t, "validate"));
    verdict(
        String.format(
            Locale.ROOT, "basura ≤ 1.5× el validador a mano (razón de CPU %.2f×)", vCpu / handCpu),
        v / hand,
        1.5);
    Files.delete(file);
  }

  // ------------------------------------------------------------------ national reports

  /**
   * Seconds a national report or packet may run before it is stopped: ten times the target, so that
   * on a busy machine the figure is still a time, not just «did not finish».
   */
  private static final int NATIONAL_TIMEOUT = 600;

  private void nationalReports(Path plan, int indicators) throws Exception {
    Path data = tmp.resolve("nacional.csv");
    long rows = Generate.validData(data, indicators, 1, 3);
    List<String> launcher = List.of(root.resolve("mpi").toString(), "--plan", plan.toString());
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Informes del plan de %d indicadores, %,d filas (una sola corrida cada uno):%n",
        indicators,
        rows);
    String[][] cases = {
      {
        "report PDF 2025",
        "report",
        "--period",
        "2025",
        "--date",
        "2025-12-31",
        "-o",
        tmp.resolve("nacional.pdf").toString(),
        data.toString()
      },
      {
        "packet 2025",
        "packet",
        "--period",
        "2025",
        "--date",
        "2025-12-31",
        "-o",
        tmp.resolve("nacional-carpeta.pdf").toString(),
        data.toString()
      },
    };
    for (String[] c : cases) {
      Path out = tmp.resolve("nacional.out");
      double ms =
          run(launcher, List.of(c).subList(1, c.length), Map.of(), -1, out, NATIONAL_TIMEOUT);
      boolean finished = ms >= 0 && lastExit == 0;
      double s = ms < 0 ? NATIONAL_TIMEOUT : ms / 1e3;
      double mb = lastPeak.isEmpty() ? Double.NaN : Double.parseDouble(lastPeak);
      System.out.printf(
          Locale.ROOT,
          "  %-32s %8.1f s %8.1f s CPU %8s MB pico  %s%n",
          c[0],
          s,
          lastCpu / 1000,
          lastPeak,
          ms < 0
              ? "NO TERMINÓ en " + NATIONAL_TIMEOUT + " s (se detuvo)"
              : lastExit == 0 ? "terminó bien" : "código " + lastExit);
      verdict(c[0] + " del plan de 10000 indicadores en < 60 s", finished ? s / 60 : 99, 1.0);
      verdict(
          c[0] + " del plan de 10000 indicadores en < 1 GB",
          finished && !Double.isNaN(mb) ? mb / 1024 : 99,
          1.0);
    }
    Files.delete(data);
  }

  // ------------------------------------------------------------------ running

  private List<String> floor(String... args) {
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", classpath, Floors.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private String lastPeak = "";
  private double lastCpu = Double.NaN;
  private int lastExit;
  private final Map<Map<String, List<Double>>, Map<String, List<Double>>> cpu =
      new IdentityHashMap<>();
  private final Map<Map<String, List<Double>>, Map<String, List<Double>>> peaks =
      new IdentityHashMap<>();

  private double run(List<String> cmd, List<String> args, Map<String, String> env, int expected)
      throws Exception {
    return run(cmd, args, env, expected, tmp.resolve("last.out"));
  }

  private double run(
      List<String> cmd, List<String> args, Map<String, String> env, int expected, Path out)
      throws Exception {
    return run(cmd, args, env, expected, out, 900);
  }

  /**
   * Runs one program to its end, its output to {@code out}; returns the wall time in ms. With
   * {@code expected} ≥ 0 a different exit code stops the benchmark (the figure would be wrong).
   */
  private double run(
      List<String> cmd,
      List<String> args,
      Map<String, String> env,
      int expected,
      Path out,
      int timeoutSeconds)
      throws Exception {
    List<String> full = new ArrayList<>();
    Path mem = tmp.resolve("mem.txt");
    if (gnuTime) {
      full.addAll(List.of("/usr/bin/time", "-f", "%M %U %S", "-o", mem.toString()));
    }
    full.addAll(cmd);
    full.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(full).directory(root.toFile());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(out.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor();
      lastExit = -1;
      lastPeak = "";
      lastCpu = Double.NaN;
      return -1;
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    lastExit = p.exitValue();
    lastPeak = "";
    lastCpu = Double.NaN;
    if (gnuTime && Files.exists(mem)) {
      List<String> lines = Files.readAllLines(mem);
      String[] last =
          lines.isEmpty() ? new String[0] : lines.get(lines.size() - 1).strip().split(" ");
      if (last.length == 3 && last[0].matches("[0-9]+")) {
        lastPeak = String.format(Locale.ROOT, "%.0f", Long.parseLong(last[0]) / 1024.0);
        lastCpu = (Double.parseDouble(last[1]) + Double.parseDouble(last[2])) * 1000;
      }
    }
    if (expected >= 0 && lastExit != expected) {
      String shown;
      try (Stream<String> lines = Files.lines(out)) {
        shown = String.join("\n", lines.limit(20).toList());
      }
      throw new IllegalStateException(
          String.join(" ", full)
              + " → exit "
              + lastExit
              + " (expected "
              + expected
              + "):\n"
              + shown);
    }
    return ms;
  }

  private void verdict(String target, double ratio, double limit) {
    boolean met = ratio <= limit;
    verdicts.add(
        String.format(
            Locale.ROOT,
            "%-4s %s (medido: %.2f; límite %.2f)",
            met ? "sí" : "NO",
            target,
            ratio,
            limit));
  }

  /**
   * Records one run's wall time under {@code key}, and beside it the CPU time (user + system) and
   * peak memory of that same run, as GNU time reported them.
   */
  private void add(Map<String, List<Double>> m, String key, double v) {
    m.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    cpu.computeIfAbsent(m, k -> new LinkedHashMap<>())
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(lastCpu);
    peaks
        .computeIfAbsent(m, k -> new LinkedHashMap<>())
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(lastPeak.isEmpty() ? Double.NaN : Double.parseDouble(lastPeak));
  }

  /** The median CPU time (ms) of the runs recorded under {@code key} of {@code m}. */
  private double cpuOf(Map<String, List<Double>> m, String key) {
    return median(cpu.get(m).get(key));
  }

  /** The largest peak memory (MB) of the runs recorded under {@code key} of {@code m}. */
  private String peakOf(Map<String, List<Double>> m, String key) {
    double max = peaks.get(m).get(key).stream().mapToDouble(d -> d).max().orElse(Double.NaN);
    return Double.isNaN(max) ? "" : String.format(Locale.ROOT, "%.0f", max);
  }

  private static double median(List<Double> values) {
    List<Double> s = values.stream().sorted().toList();
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
