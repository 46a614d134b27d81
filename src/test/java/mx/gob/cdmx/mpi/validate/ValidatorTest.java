package mx.gob.cdmx.mpi.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.measure.Measurement;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.render.problems.ProblemFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorTest {

  static final Plan PLAN = PlanReader.readEmbedded().plan();
  static final String HEADER = "indicador,periodo,valor,nota\n";

  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  ValidationResult validate(Path... paths) {
    return Validator.validate(PLAN, List.of(paths));
  }

  static Problem only(ValidationResult r) {
    assertThat(r.problems()).hasSize(1);
    return r.problems().get(0);
  }

  @Test
  void acceptsValidRowsIntoTheDataSet() throws IOException {
    ValidationResult r =
        validate(
            write(
                "a.csv",
                HEADER
                    + "1.1.1,2025-Q1,1,Primera sesión\n"
                    + "4.1 , 2025-q2 ,3,\n")); // blanks around cells and a lower-case q are fine

    assertThat(r.problems()).isEmpty();
    assertThat(r.data().measurements())
        .extracting(
            Measurement::indicator,
            m -> m.period().code(),
            Measurement::variable,
            Measurement::value,
            Measurement::note,
            Measurement::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "1.1.1", "2025-Q1", "realizadas", new BigDecimal("1"), "Primera sesión", 2),
            org.assertj.core.groups.Tuple.tuple(
                "4.1", "2025-Q2", "realizadas", new BigDecimal("3"), null, 3));
    assertThat(r.data().files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rows()).isEqualTo(2);
              assertThat(f.encoding()).isEqualTo("UTF-8");
              assertThat(f.delimiter()).isEqualTo(',');
              assertThat(f.sha256()).hasSize(64);
            });
  }

  @Test
  void suggestsTheClosestIndicatorId() throws IOException {
    Problem p = only(validate(write("a.csv", HEADER + "1.1.22,2025-Q1,1,\n")));

    assertThat(p.code()).isEqualTo("unknown-indicator");
    assertThat(p.message()).contains("«1.1.22»").contains("¿quiso decir 1.1.2?");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(1);
  }

  @Test
  void comparesIndicatorIdsExactly() throws IOException {
    Problem p = only(validate(write("a.csv", HEADER + "1.1.CC,2025-Q1,1,\n")));

    assertThat(p.code()).isEqualTo("unknown-indicator");
    assertThat(p.message()).contains("¿quiso decir 1.1.cc?");
  }

  @Test
  void listsTheDeclaredVariablesOfAnIndicator() throws IOException {
    Problem p =
        only(
            validate(
                write("a.csv", "indicador,periodo,variable,valor\n5.1,2025-Q1,solicitadas,1\n")));

    assertThat(p.code()).isEqualTo("unknown-variable");
    assertThat(p.message())
        .contains("«solicitadas»")
        .contains("realizadas, solicitados")
        .contains("¿quiso decir solicitados?");
    assertThat(p.column()).isEqualTo(13);
  }

  @Test
  void reportsEveryProblemOfARowNotJustTheFirst() throws IOException {
    ValidationResult r = validate(write("a.csv", HEADER + "9.9,2025-Q7,-1,\n"));

    assertThat(r.problems())
        .extracting(Problem::code, Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("unknown-indicator", 1),
            org.assertj.core.groups.Tuple.tuple("bad-period", 5),
            org.assertj.core.groups.Tuple.tuple("negative-value", 13));
    assertThat(r.data().measurements()).isEmpty();
  }

  @Test
  void hintsAtTheUsualWaysAPeriodGetsMangled() throws IOException {
    ValidationResult r =
        validate(
            write(
                "a.csv",
                HEADER + "1.4,2025-T2,10,\n1.4,ene-25,10,\n1.4,01/03/2025,10,\n1.4,2025-Q5,10,\n"));

    assertThat(r.problems()).extracting(Problem::code).containsOnly("bad-period");
    assertThat(r.problems())
        .extracting(Problem::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("\"2025-T2\"").endsWith("se escriben con Q: 2025-Q2"),
            m -> assertThat(m).contains("parece una fecha").contains("formato de texto"),
            m -> assertThat(m).contains("parece una fecha"),
            m -> assertThat(m).endsWith("AAAA-01…12"));
  }

  @Test
  void acceptsThePlanYearAndTheYearBeforeOnly() throws IOException {
    ValidationResult r =
        validate(
            write(
                "a.csv",
                HEADER + "1.4,2024-Q4,10,\n1.4,2025-Q1,10,\n1.4,2026-Q1,10,\n1.4,2023-12,10,\n"));

    assertThat(r.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("period-out-of-range", 4),
            org.assertj.core.groups.Tuple.tuple("period-out-of-range", 5));
    assertThat(r.problems().get(0).message()).contains("2026").contains("2025").contains("2024");
  }

  @Test
  void explainsHowToWriteANumber() throws IOException {
    ValidationResult r =
        validate(
            write(
                "a.csv",
                HEADER
                    + "1.4,2025-01,\"3,5\",\n"
                    + "1.4,2025-02,\"1,234\",\n"
                    + "1.4,2025-03,1.234.567,\n"
                    + "1.4,2025-04,12 %,\n"
                    + "1.4,2025-05,doce,\n"));

    assertThat(r.problems())
        .extracting(Problem::code)
        .containsExactly(
            "fraction-in-integer",
            "non-numeric-value",
            "non-numeric-value",
            "non-numeric-value",
            "non-numeric-value");
    assertThat(r.problems())
        .extracting(Problem::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("3,5").endsWith("escriba 3 o 4"),
            m -> assertThat(m).contains("separadores de miles").contains("1234"),
            m -> assertThat(m).contains("«1.234.567»"),
            m -> assertThat(m).contains("sin «%»").contains(": 12"),
            m -> assertThat(m).contains("«doce»").contains("sólo cifras"));
  }

  @Test
  void rejectsFractionsInIntegerVariablesButAcceptsWholeDecimals() throws IOException {
    ValidationResult r = validate(write("a.csv", HEADER + "1.3,2025-Q1,2.0,\n1.3,2025-Q2,0.5,\n"));

    assertThat(only(r).code()).isEqualTo("fraction-in-integer");
    assertThat(only(r).message()).contains("0.5").contains("entero").endsWith("escriba 0 o 1");
    assertThat(r.data().measurements()).hasSize(1);
  }

  @Test
  void emptyCellsAreNamedByColumn() throws IOException {
    ValidationResult r =
        validate(write("a.csv", HEADER + ",2025-Q1,1,\n1.1.1,,1,\n1.1.1,2025-Q1,,\n"));

    assertThat(r.problems()).extracting(Problem::code).containsOnly("empty-value");
    assertThat(r.problems())
        .extracting(Problem::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("«indicador»"),
            m -> assertThat(m).contains("«periodo»"),
            m -> assertThat(m).contains("«valor»").contains("escriba 0"));
  }

  @Test
  void duplicatesAcrossFilesNameBothPlaces() throws IOException {
    Path a = write("a.csv", HEADER + "1.1.1,2025-Q1,1,\n");
    Path b = write("b.csv", HEADER + "1.1.2,2025-Q1,1,\n1.1.1,2025-Q1,1,\n");

    Problem p = only(validate(a, b));

    assertThat(p.code()).isEqualTo("duplicate-row");
    assertThat(p.file()).isEqualTo(b.toString());
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).contains(a + ":2");
  }

  @Test
  void overlappingPeriodsNameBothPlacesAndKeepOnlyTheFirstRow() throws IOException {
    Path a = write("a.csv", HEADER + "1.1.2,2025-03,1,\n");
    Path b = write("b.csv", HEADER + "1.1.2,2025-Q1,2,\n");

    ValidationResult r = validate(a, b);

    Problem p = only(r);
    assertThat(p.code()).isEqualTo("overlapping-periods");
    assertThat(p.file()).isEqualTo(b.toString());
    assertThat(p.message())
        .contains("2025-Q1")
        .contains("2025-03 (" + a + ":2)")
        .contains("dos veces");
    assertThat(r.data().measurements())
        .extracting(m -> m.period().code())
        .containsExactly("2025-03");
  }

  @Test
  void differentVariablesOfTheSamePeriodAreNotDuplicates() throws IOException {
    ValidationResult r =
        validate(
            write(
                "a.csv",
                "indicador,periodo,variable,valor\n4.1,2025-Q1,,2\n4.1,2025-Q1,solicitadas,3\n"
                    + "4.1,2025-Q1,realizadas,2\n"));

    assertThat(only(r).code()).isEqualTo("duplicate-row");
    assertThat(only(r).line()).isEqualTo(4);
  }

  @Test
  void sameFileGivenTwiceIsReadOnce() throws IOException {
    Path a = write("a.csv", HEADER + "1.1.1,2025-Q1,1,\n");

    ValidationResult r = validate(a, dir);

    assertThat(r.problems()).isEmpty();
    assertThat(r.data().files()).hasSize(1);
  }

  @Test
  void readsTheDataFilesOfAFolderRecursivelyInSortedOrder() throws IOException {
    write("b.csv", HEADER + "1.1.1,2025-Q2,1,\n");
    write("a.CSV", HEADER + "1.1.1,2025-Q1,1,\n");
    write("notas.txt", "no es un CSV");
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.csv"), HEADER + "1.1.1,2025-Q3,1,\n");
    Files.writeString(dir.resolve("sub/viejo.xls"), "x");

    ValidationResult r = validate(dir);

    assertThat(r.data().files())
        .extracting(f -> dir.relativize(Path.of(f.name())).toString().replace('\\', '/'))
        .containsExactly("a.CSV", "b.csv", "sub/c.csv");
    assertThat(r.data().measurements())
        .extracting(m -> m.period().code())
        .containsExactly("2025-Q1", "2025-Q2", "2025-Q3");
    assertThat(r.problems())
        .extracting(p -> Path.of(p.file()).getFileName().toString(), Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("notas.txt", "file-ignored"),
            org.assertj.core.groups.Tuple.tuple("viejo.xls", "file-ignored"));
    assertThat(r.problems().get(1).message()).contains("Guardar como").contains(".xlsx");
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void aBrokenFileInASubFolderIsAnError() throws IOException {
    write("a.csv", HEADER + "1.1.1,2025-Q1,1,\n");
    Files.createDirectories(dir.resolve("datos/2025-Q3"));
    Files.writeString(dir.resolve("datos/2025-Q3/roto.csv"), HEADER + "1.1.1,2025-Q9,1,\n");

    ValidationResult r = validate(dir);

    assertThat(r.hasErrors()).isTrue();
    assertThat(only(r).code()).isEqualTo("bad-period");
    assertThat(only(r).file()).endsWith("roto.csv");
  }

  @Test
  void hiddenFilesAndFoldersOfADataRepositoryAreSkippedWithoutWarning() throws IOException {
    write("a.csv", HEADER + "1.1.1,2025-Q1,1,\n");
    write(".gitlab-ci.yml", "validar: {}");
    Files.createDirectories(dir.resolve(".git/objects"));
    Files.writeString(dir.resolve(".git/objects/ab"), "blob");
    Files.createDirectories(dir.resolve(".github/workflows"));
    Files.writeString(dir.resolve(".github/workflows/roto.csv"), "no es un csv de mediciones");

    ValidationResult r = validate(dir);

    assertThat(r.problems()).isEmpty();
    assertThat(r.data().files()).hasSize(1);
  }

  @Test
  void lockFilesOfExcelAndLibreOfficeAreSkippedWithoutWarning() throws IOException {
    write("a.csv", HEADER + "1.1.1,2025-Q1,1,\n");
    write("~$oficina.xlsx", "lock");
    write(".~lock.oficina.xlsx#", "lock");

    ValidationResult r = validate(dir);

    assertThat(r.problems()).isEmpty();
    assertThat(r.data().files()).hasSize(1);
  }

  @Test
  void informativeColumnsOfTheTemplateAreRecognisedAndIgnored() throws IOException {
    ValidationResult r =
        validate(
            write(
                "a.csv",
                "indicador,Nombre del indicador,unidad,meta del periodo,Responsable,periodo,"
                    + "variable,valor,nota,fuente\n"
                    + "1.1.1,Sesiones ordinarias,sesiones,3,Dirección General,2025-Q1,"
                    + "realizadas,2,,\n"));

    assertThat(r.problems()).isEmpty();
    assertThat(r.data().measurements())
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("2"));
  }

  @Test
  void englishInformativeColumnsAreIgnoredButOtherUnknownColumnsStayAnError() throws IOException {
    ValidationResult r =
        validate(
            write(
                "a.csv",
                "indicator,name,unit,target,responsible,period,value,comentario\n"
                    + "1.1.1,x,y,3,z,2025-Q1,2,\n"));

    assertThat(only(r).code()).isEqualTo("unknown-column");
    assertThat(only(r).message()).contains("«comentario»");
  }

  @Test
  void decimalCommaInAnIntegerVariableGetsOneMessage() throws IOException {
    ValidationResult r = validate(write("a.csv", HEADER + "1.1.1,2025-Q1,\"1,5\",\n"));

    Problem p = only(r);
    assertThat(p.code()).isEqualTo("fraction-in-integer");
    assertThat(p.message())
        .contains("1,5")
        .contains("se cuenta en números enteros (sesiones)")
        .endsWith("escriba 1 o 2")
        .doesNotContain("punto decimal");
  }

  @Test
  void anEmptyFolderIsAnError() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("vacia"));

    Problem p = only(validate(empty));

    assertThat(p.code()).isEqualTo("no-csv-files");
    assertThat(p.file()).isEqualTo(empty.toString());
  }

  @Test
  void aMissingFileIsReportedNotThrown() {
    Problem p = only(validate(dir.resolve("no-existe.csv")));

    assertThat(p.code()).isEqualTo("file-unreadable");
  }

  @Test
  void problemsAreOrderedByFileThenLineThenColumn() throws IOException {
    Path b = write("b.csv", HEADER + "1.1.1,2025-Q1,1,\n1.1.1,2025-Q1,1,\n9,2025-Q2,x,\n");
    Path a = write("a.csv", "indicador,periodo,valor,extra\n1.1.1,2025-Q9,1,\n");

    ValidationResult r = validate(b, a);

    assertThat(r.problems())
        .extracting(Problem::file, Problem::line, Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(b.toString(), 3, 7),
            org.assertj.core.groups.Tuple.tuple(b.toString(), 4, 1),
            org.assertj.core.groups.Tuple.tuple(b.toString(), 4, 11),
            org.assertj.core.groups.Tuple.tuple(a.toString(), 1, 25),
            org.assertj.core.groups.Tuple.tuple(a.toString(), 2, 7));
  }

  @Test
  void warnsWhenARowOrTheYearSumIsFarAboveTheTarget() throws IOException {
    // 1.1.1 has an annual target of 4 sessions: more than 12 is suspicious
    ValidationResult r =
        validate(
            write(
                "a.csv",
                HEADER
                    + "1.1.1,2025-01,13,\n"
                    + "1.1.2,2025-Q1,10,\n"
                    + "1.1.2,2025-Q2,9,\n"
                    + "1.1.2,2025-Q3,1,\n"
                    + "1.2.1,2025-Q1,500,\n"));

    assertThat(r.problems())
        .extracting(Problem::code, Problem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("value-above-target", 2),
            org.assertj.core.groups.Tuple.tuple("value-above-target", 4));
    assertThat(r.problems().get(0).message()).contains("13").contains("4 sesiones");
    assertThat(r.problems().get(1).message())
        .contains("suma de 2025 llega a 19")
        .contains("6 sesiones");
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.data().measurements()).hasSize(5);
  }

  @Test
  void personalDataWarningsNameTheKindAndColumnButNotTheDatum() throws IOException {
    ValidationResult r =
        validate(
            write(
                "a.csv",
                "indicador,periodo,valor,nota,fuente\n"
                    + "1.2.1,2025-01,1,Contacto: persona@example.org,\n"
                    + "1.2.1,2025-02,1,RFC ABCD800101XY1,\n"
                    + "1.2.1,2025-03,1,Tel. +52 55-1234-5678,\n"
                    + "1.2.1,2025-04,1,,CURP GOMA800101MDFRRR09\n"
                    + "1.2.1,2025-05,1,\"Del 2025-01-15 al 2025-02-15, 3 talleres y 12 personas\",\n"));

    assertThat(r.problems()).extracting(Problem::code).containsOnly("personal-data");
    assertThat(r.problems())
        .extracting(Problem::message)
        .satisfiesExactly(
            m ->
                assertThat(m)
                    .contains("«nota»")
                    .contains("un correo electrónico")
                    .doesNotContain("persona@"),
            m -> assertThat(m).contains("un RFC").doesNotContain("ABCD"),
            m -> assertThat(m).contains("un número de teléfono").doesNotContain("1234"),
            m -> assertThat(m).contains("«fuente»").contains("una CURP").doesNotContain("GOMA"));
    assertThat(r.data().measurements()).hasSize(5);
  }

  @Test
  void strictTurnsWarningsIntoErrors() throws IOException {
    ValidationResult r = validate(write("a.csv", HEADER + "1.1.1,2025-Q1,40,\n"));

    assertThat(r.hasErrors()).isFalse();
    assertThat(r.strict().hasErrors()).isTrue();
    assertThat(r.strict().errors()).isEqualTo(1);
    assertThat(r.strict().warnings()).isZero();
  }

  @Test
  void aHugeGarbageFileKeepsTheFirstProblemsAndCountsTheRest() throws IOException {
    Path file = dir.resolve("basura.csv");
    int lines = 200_000;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      for (int i = 0; i < lines; i++) {
        w.write("x" + i + ",2025-Q9,abc,nota " + i + "\n"); // three errors per row
      }
    }

    ValidationResult r = validate(file);

    assertThat(r.problems()).hasSize(Validator.MAX_PROBLEMS_PER_FILE);
    assertThat(r.suppressed()).isEqualTo(3 * lines - Validator.MAX_PROBLEMS_PER_FILE);
    assertThat(r.problems().get(0).line()).isEqualTo(2);
    assertThat(r.problems().get(Validator.MAX_PROBLEMS_PER_FILE - 1).line())
        .isEqualTo(1 + Validator.MAX_PROBLEMS_PER_FILE / 3 + 1);
    assertThat(r.rows()).isEqualTo(lines);
    assertThat(r.data().measurements()).isEmpty();
    assertThat(ProblemFormat.more(r)).startsWith("… y " + r.suppressed() + " problemas más");
  }

  @Test
  void errorsAreKeptEvenAfterManyWarnings() throws IOException {
    StringBuilder sb = new StringBuilder(HEADER);
    int warnings = 0;
    for (var indicator : PLAN.indicators().subList(0, 13)) {
      for (int year = 2024; year <= 2025; year++) {
        for (int month = 1; month <= 12; month++) {
          sb.append(indicator.id())
              .append(',')
              .append(year)
              .append('-')
              .append(String.format("%02d", month))
              .append(",0,escribir a buzon@example.org\n");
          warnings++;
        }
      }
    }
    sb.append("1.1.9,2025-Q1,1,\n");

    ValidationResult r = validate(write("a.csv", sb.toString()));

    assertThat(warnings).isGreaterThan(Validator.MAX_PROBLEMS_PER_FILE);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.errors()).isEqualTo(1);
    assertThat(r.warnings()).isEqualTo(Validator.MAX_PROBLEMS_PER_FILE);
    assertThat(r.suppressed()).isEqualTo(warnings - Validator.MAX_PROBLEMS_PER_FILE);
  }
}
