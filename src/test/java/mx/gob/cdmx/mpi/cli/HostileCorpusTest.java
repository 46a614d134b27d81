package mx.gob.cdmx.mpi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.Golden;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus of issue 14 (docs/seguridad.md): each case builds its input in a temporary
 * folder (small ones copied from the committed files in {@code src/test/resources/hostil} and
 * {@code plan/broken}; big ones, FIFOs and links made here), runs the command line, and checks the
 * exit code, the message, that no output line could be a CI command or carries a raw escape
 * character, and that nothing in the folder was written or changed unless the case expects an
 * output. The 10-second bound is a hang guard, not a performance claim (those live in bench/run).
 */
class HostileCorpusTest {

  private static final String HEADER = "indicador,periodo,valor,nota\n";

  /** One case: how to build it, the expected exit code and a fragment of the message. */
  record Case(String name, Builder build, int code, String message, String output) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Builder {
    String[] args(Path dir) throws IOException, InterruptedException;
  }

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    c.add(
        new Case(
            "salida igual al CSV de entrada",
            d -> {
              Path csv = fixture(d, "una-fila.csv");
              return new String[] {"report", "--period", "2025-Q1", "-o", "" + csv, "" + csv};
            },
            2,
            "es un archivo de entrada",
            null));
    c.add(
        new Case(
            "salida igual al plan",
            d -> {
              Path plan = Files.copy(Path.of("plan-2025.yaml"), d.resolve("plan.yaml"));
              return new String[] {
                "template", "--plan", "" + plan, "--period", "2025-Q1", "-o", "" + plan
              };
            },
            2,
            "es un archivo de entrada",
            null));
    c.add(
        new Case(
            "salida a una FIFO",
            d -> new String[] {"template", "--period", "2025-Q1", "-o", "" + fifo(d)},
            2,
            "no es un archivo normal",
            null));
    c.add(
        new Case(
            "salida a un enlace a un dispositivo (como /dev/stdout)",
            d -> {
              Path link = Files.createSymbolicLink(d.resolve("stdout"), fifo(d));
              Path csv = fixture(d, "una-fila.csv");
              return new String[] {"packet", "--period", "2025-Q1", "-o", "" + link, "" + csv};
            },
            2,
            "no es un archivo normal",
            null));
    c.add(
        new Case(
            "valor de un millón de cifras",
            d -> validate(csv(d, "1.2.3,2025-Q1," + "9".repeat(1_000_000) + ",\n")),
            1,
            "tiene 1000000 caracteres; una medición tiene como máximo 30 cifras",
            null));
    c.add(
        new Case(
            "valor de diez millones de cifras",
            d -> validate(csv(d, "1.2.3,2025-Q1," + "9".repeat(10_000_000) + ",\n")),
            1,
            "[value-too-long]",
            null));
    c.add(
        new Case(
            "valor con 10 000 separadores de miles",
            d -> validate(csv(d, "1.2.3,2025-Q1,\"1" + ",000".repeat(10_000) + "\",\n")),
            1,
            "[value-too-long]",
            null));
    c.add(
        new Case(
            "errata 99999999999999999999999 con --strict",
            d -> {
              Path csv = fixture(d, "errata.csv");
              return new String[] {"validate", "--strict", "" + csv};
            },
            1,
            "[value-above-target]",
            null));
    c.add(
        new Case(
            "meta: 1e999999999 en el plan",
            d -> planShow(d, "meta-huge-exponent.yaml"),
            1,
            "«1e999999999», fuera del rango admitido",
            null));
    c.add(
        new Case(
            "alias YAML en el plan",
            d -> planShow(d, "alias.yaml"),
            1,
            "el alias YAML «*n» no se admite",
            null));
    c.add(
        new Case(
            "año del plan -5",
            d -> planShow(d, "year-negative.yaml"),
            1,
            "«anio» vale -5, fuera del rango admitido (2000 a 2100)",
            null));
    c.add(
        new Case(
            "año del plan 99999", d -> planShow(d, "year-far.yaml"), 1, "«anio» vale 99999", null));
    c.add(
        new Case(
            "plantilla con un #list de mil millones",
            d -> template(d, "lista.ftl", "--plantilla-segundos", "1"),
            1,
            "tardó más de 1 s",
            null));
    c.add(
        new Case(
            "plantilla con recursión sin fin",
            d -> template(d, "recursion.ftl"),
            1,
            "se llama a sí misma sin fin",
            null));
    c.add(
        new Case(
            "plantilla que se incluye a sí misma",
            d -> template(d, "incluye.ftl"),
            1,
            "se llama a sí misma sin fin",
            null));
    c.add(
        new Case(
            "plantilla que escribe demasiado",
            d -> template(d, "grande.ftl", "--plantilla-mb", "1"),
            1,
            "escribió más de 1 MB",
            null));
    c.add(
        new Case(
            "plantilla enlazada fuera de la carpeta",
            d -> {
              Path outside = Files.writeString(d.resolve("fuera.ftl"), "secreto");
              String[] args = template(d, "fuera.ftl");
              Files.createSymbolicLink(d.resolve("plantillas/otra.ftl"), outside);
              return args;
            },
            1,
            "fuera de la carpeta de plantillas",
            null));
    c.add(
        new Case(
            "nota con salto de línea y ::error",
            d -> validate(fixture(d, "control.csv")),
            1,
            "[unknown-indicator]",
            null));
    c.add(
        new Case(
            "línea del CSV que empieza con ::stop-commands",
            d -> validate(fixture(d, "stop-commands.csv")),
            1,
            "«::stop-commands::fin»",
            null));
    c.add(
        new Case(
            "celda de 1 MB en la nota",
            d ->
                validate(
                    csv(
                        d,
                        "1.2.3,2025-Q1,3,\"" + "María Pérez 5512345678 ".repeat(44_000) + "\"\n")),
            0,
            "[personal-data]",
            null));
    c.add(
        new Case(
            "nombre de persona en la nota con --strict",
            d -> {
              Path csv = fixture(d, "nombre.csv");
              return new String[] {"validate", "--strict", "" + csv};
            },
            1,
            "un nombre de persona",
            null));
    c.add(
        new Case(
            "datos personales en el informe",
            d -> {
              Path csv = fixture(d, "datos-personales.csv");
              return new String[] {
                "report", "--period", "2025-Q1", "--format", "md", "-o", d + "/informe.md", "" + csv
              };
            },
            0,
            "por «[dato personal omitido]»",
            "informe.md"));
    c.add(
        new Case(
            "ancla YAML sobre un valor del plan",
            d -> planShow(d, "anchor-scalar.yaml"),
            1,
            "el ancla YAML «&corto» no se admite",
            null));
    c.add(
        new Case(
            "datos que son una FIFO",
            d -> validate(fifo(d)),
            2,
            "no es un archivo normal ni una carpeta",
            null));
    c.add(
        new Case(
            "plan que es una carpeta",
            d ->
                new String[] {
                  "plan", "show", "--plan", "" + Files.createDirectory(d.resolve("plan.yaml"))
                },
            2,
            "es una carpeta; indique el archivo .yaml del plan",
            null));
    c.add(
        new Case(
            "datos que no se pueden leer (error de E/S)",
            d ->
                validate(
                    Files.createSymbolicLink(d.resolve("datos.csv"), Path.of("/proc/self/mem"))),
            1,
            "no se pudo leer el archivo: error de entrada/salida del disco",
            null));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileInputEndsCleanly(Case k, @TempDir Path dir) throws Exception {
    String[] args = k.build().args(dir);
    Map<String, String> before = snapshot(dir);
    CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.run(args));

    assertThat(r.code()).as(r.err()).isEqualTo(k.code());
    assertThat(r.all()).contains(k.message());
    assertThat(r.all())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("\u001b");
    assertThat(r.all().lines()).noneMatch(l -> l.stripLeading().startsWith("::"));
    assertThat(r.all().length()).as("messages stay short").isLessThan(20_000);
    Map<String, String> after = snapshot(dir);
    if (k.output() != null) {
      assertThat(after.keySet()).contains(k.output());
      String md = Files.readString(dir.resolve(k.output()));
      assertThat(md)
          .contains("dato personal omitido")
          .doesNotContain("ana.lopez")
          .doesNotContain("GOMA800101")
          .doesNotContain("1234 5678")
          .doesNotContain("Pérez López");
      after.keySet().removeIf(n -> n.equals(k.output()) || n.startsWith("informe-graficas-"));
    }
    assertThat(after).isEqualTo(before);
  }

  private static Path csv(Path dir, String rows) throws IOException {
    return Files.writeString(dir.resolve("datos.csv"), HEADER + rows, StandardCharsets.UTF_8);
  }

  private static String[] validate(Path csv) {
    return new String[] {"validate", csv.toString()};
  }

  private static Path fifo(Path dir) throws IOException, InterruptedException {
    Path fifo = dir.resolve("fifo");
    if (!Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)) {
      assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    }
    return fifo;
  }

  /** A committed small fixture, {@code src/test/resources/hostil/NAME}, copied into the case. */
  private static Path fixture(Path dir, String name) throws IOException {
    return Files.copy(Golden.file("src/test/resources/hostil/" + name), dir.resolve("datos.csv"));
  }

  /** {@code plan show} of a committed broken plan, {@code src/test/resources/plan/broken/NAME}. */
  private static String[] planShow(Path dir, String name) throws IOException {
    Path p =
        Files.copy(Golden.file("src/test/resources/plan/broken/" + name), dir.resolve("plan.yaml"));
    return new String[] {"plan", "show", "--plan", p.toString()};
  }

  private static String[] template(Path dir, String ftl, String... options) throws IOException {
    Path t = Files.createDirectories(dir.resolve("plantillas"));
    Files.copy(
        Golden.file("src/test/resources/hostil/plantillas/" + ftl), t.resolve("informe.md.ftl"));
    Path csv = csv(dir, "1.2.3,2025-Q1,3,\n");
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--period",
                "2025-Q1",
                "--format",
                "md",
                "--templates",
                t.toString(),
                "-o",
                dir.resolve("informe.md").toString()));
    args.addAll(List.of(options));
    args.add(csv.toString());
    return args.toArray(String[]::new);
  }

  /** Every entry of the folder (links not followed) with its type, permissions and content hash. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String name = dir.relativize(p).toString();
        String what;
        if (Files.isSymbolicLink(p)) {
          what = "link " + Files.readSymbolicLink(p);
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          what = "dir";
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          what = "file " + Files.getPosixFilePermissions(p) + " " + sha(p);
        } else {
          what = "other";
        }
        m.put(name, what);
      }
    }
    return m;
  }

  private static String sha(Path p) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
