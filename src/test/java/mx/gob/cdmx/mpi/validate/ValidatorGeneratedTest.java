package mx.gob.cdmx.mpi.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.Variable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random valid measurement sets, written in random encodings, delimiters, line ends, header
 * languages and column orders, always read back as the same facts.
 */
class ValidatorGeneratedTest {

  static final Plan PLAN = PlanReader.readEmbedded().plan();
  static final Charset CP1252 = Charset.forName("windows-1252");
  static final String[] NOTES = {
    "",
    "",
    "",
    "Sesión ordinaria",
    "Dos sesiones, una extraordinaria",
    "Taller \"Autoprotección\"; en línea",
    "Línea 1\nLínea 2",
    "  con blancos  ",
    "Año anterior — línea base",
    "Acuerdo 3/2025: aprobado",
    "ñandú, pingüino; «comillas»"
  };
  static final String[][] HEADERS = {
    {"indicador", "periodo", "variable", "valor", "nota", "fuente"},
    {"indicator", "period", "variable", "value", "note", "source"},
    {"Indicador", "Período", "Variable", "Valor", "Nota", "Fuente"},
    {" INDICATOR ", "Period", "VARIABLE", "Value", "Note ", "Source"}
  };

  @TempDir Path dir;

  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> 20250000L + i);
  }

  /** A valid row's facts; cells as a file would hold them. */
  record Fact(
      String indicator, String period, String variable, String value, String note, String source) {}

  @ParameterizedTest(name = "semilla {0}")
  @MethodSource("seeds")
  void randomValidFilesReadBackAsTheSameFacts(long seed) throws IOException {
    Random random = new Random(seed);
    List<Fact> facts = facts(random);
    List<Path> files = new ArrayList<>();
    int perFile = Math.max(1, facts.size() / (1 + random.nextInt(3)));
    List<Fact> expected = new ArrayList<>();
    for (int start = 0; start < facts.size(); start += perFile) {
      List<Fact> part = facts.subList(start, Math.min(facts.size(), start + perFile));
      files.add(write(random, "f" + files.size() + ".csv", part));
      expected.addAll(part);
    }

    ValidationResult r = Validator.validate(PLAN, files);

    assertThat(r.problems())
        .extracting(Problem::code)
        .allMatch(c -> c.equals("file-not-utf8") || c.equals("value-above-target"));
    assertThat(r.data().measurements())
        .extracting(
            m ->
                new Fact(
                    m.indicator(),
                    m.period().code(),
                    m.variable(),
                    m.value().toPlainString(),
                    m.note(),
                    m.source()))
        .containsExactlyElementsOf(
            expected.stream().map(ValidatorGeneratedTest::canonical).toList());
  }

  /**
   * Issue 14: the generators above never made huge numbers or huge cells. Here each seed writes a
   * file of valid rows among which some values are numbers of 31 to 200,000 digits and some notes
   * are 50,000 to 300,000 characters (with line breaks, ESC and {@code ::}); every huge number is
   * exactly one {@code value-too-long} at its own line, every other row is read, nothing throws.
   */
  @ParameterizedTest(name = "semilla {0}")
  @MethodSource("seeds")
  void hugeNumbersAndHugeCellsAreBoundedErrors(long seed) throws IOException {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("indicador,periodo,variable,valor,nota\n");
    List<Integer> hugeLines = new ArrayList<>();
    int good = 0;
    String[] periods = {"2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"};
    int line = 2;
    for (int i = 0; i < periods.length; i++) {
      String value;
      if (random.nextInt(3) == 0) {
        int digits = 31 + random.nextInt(random.nextBoolean() ? 40 : 200_000);
        StringBuilder v = new StringBuilder().append((char) ('1' + random.nextInt(9)));
        for (int d = 1; d < digits; d++) {
          v.append((char) ('0' + random.nextInt(10)));
        }
        value = v.toString();
        hugeLines.add(line);
      } else {
        value = Integer.toString(random.nextInt(5));
        good++;
      }
      String note = "";
      if (random.nextBoolean()) {
        // One ESC per note: many control characters would make the file read as binary.
        StringBuilder n = new StringBuilder("\u001b[31m");
        int length = 50_000 + random.nextInt(250_000);
        String[] pieces = {"texto ", "\n::error::x ", "ñandú ", "\t", "55 "};
        while (n.length() < length) {
          n.append(pieces[random.nextInt(pieces.length)]);
        }
        note = n.toString().replace("\"", "");
      }
      csv.append("1.2.3,")
          .append(periods[i])
          .append(",realizadas,")
          .append(value)
          .append(",\"")
          .append(note)
          .append("\"\n");
      line += 1 + (int) note.chars().filter(c -> c == '\n').count();
    }
    Path file = dir.resolve("enorme.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    ValidationResult r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(10), () -> Validator.validate(PLAN, List.of(file)));

    assertThat(r.problems())
        .filteredOn(p -> p.code().equals("value-too-long"))
        .extracting(Problem::line)
        .containsExactlyElementsOf(hugeLines);
    assertThat(r.problems()).allMatch(p -> p.message().length() < 400);
    assertThat(r.data().measurements()).hasSize(good);
  }

  /** Rows with distinct, non-overlapping periods per indicator and variable. */
  static List<Fact> facts(Random random) {
    List<Fact> facts = new ArrayList<>();
    for (Indicator indicator : PLAN.indicators()) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      for (Variable variable : indicator.variables()) {
        String kind = List.of("Q", "B", "M", "S", "Y").get(random.nextInt(5));
        int year = random.nextBoolean() ? 2025 : 2024;
        int count =
            switch (kind) {
              case "Q" -> 4;
              case "B" -> 6;
              case "M" -> 12;
              case "S" -> 2;
              default -> 1;
            };
        for (int i = 1; i <= count; i++) {
          if (random.nextInt(4) == 0) {
            continue;
          }
          String period =
              switch (kind) {
                case "M" -> String.format("%d-%02d", year, i);
                case "Y" -> Integer.toString(year);
                default -> year + "-" + kind + i;
              };
          String name =
              variable.name().equals(Variable.PRIMARY) && random.nextBoolean()
                  ? ""
                  : variable.name();
          String value =
              Integer.toString(random.nextInt(30)) + (random.nextInt(5) == 0 ? ".0" : "");
          facts.add(
              new Fact(
                  indicator.id(),
                  period,
                  name,
                  value,
                  NOTES[random.nextInt(NOTES.length)],
                  random.nextBoolean() ? "Actas" : ""));
        }
      }
    }
    Collections.shuffle(facts, random);
    return facts;
  }

  static Fact canonical(Fact f) {
    String note = f.note().strip();
    return new Fact(
        f.indicator(),
        f.period(),
        f.variable().isEmpty() ? Variable.PRIMARY : f.variable(),
        f.value(),
        note.isEmpty() ? null : note,
        f.source().isEmpty() ? null : f.source());
  }

  Path write(Random random, String name, List<Fact> facts) throws IOException {
    int encoding = random.nextInt(3); // UTF-8, UTF-8 with BOM, Windows-1252
    char delimiter = random.nextBoolean() ? ',' : ';';
    String eol = random.nextBoolean() ? "\n" : "\r\n";
    String[] header = HEADERS[random.nextInt(HEADERS.length)];
    List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    Collections.shuffle(order, random);
    StringBuilder sb = new StringBuilder();
    sb.append(String.join(String.valueOf(delimiter), order.stream().map(i -> header[i]).toList()))
        .append(eol);
    for (Fact f : facts) {
      String[] cells = {
        f.indicator(), f.period(), f.variable(), f.value(), f.note().replace("\n", eol), f.source()
      };
      List<String> out = new ArrayList<>();
      for (int i : order) {
        out.add(quote(cells[i], delimiter, random));
      }
      sb.append(String.join(String.valueOf(delimiter), out)).append(eol);
    }
    sb.append(eol.repeat(random.nextInt(3)));
    byte[] bytes = sb.toString().getBytes(encoding == 2 ? CP1252 : StandardCharsets.UTF_8);
    if (encoding == 1) {
      byte[] withBom = new byte[bytes.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, withBom, 3, bytes.length);
      bytes = withBom;
    }
    return Files.write(dir.resolve(name), bytes);
  }

  static String quote(String cell, char delimiter, Random random) {
    boolean needed =
        cell.indexOf(delimiter) >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0
            || !cell.equals(cell.strip());
    if (needed || random.nextInt(4) == 0) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }
}
